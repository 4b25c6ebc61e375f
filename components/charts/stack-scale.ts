// The count axis of a stacked bar chart: a round top and at most a handful of whole-number ticks, so the HTML bars
// on the page and the downloaded SVG share one geometry (bars positioned in percent of `top`).

export type CountScale = { top: number; ticks: number[]; pct: (count: number) => number };

/** The smallest step of 1, 2, 5 × 10ⁿ that covers `max` in at most `maxSteps` steps. */
export function countScale(max: number, maxSteps = 5): CountScale {
  let step = 1;
  for (let magnitude = 1; Math.ceil(max / step) > maxSteps; magnitude *= 10) {
    step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => Math.ceil(max / s) <= maxSteps) ?? 10 * magnitude;
  }
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  return { top, ticks, pct: (count) => (count / top) * 100 };
}

/** Every n-th category label, so labels along a narrow axis do not run into each other (first and last kept). */
export function labelStep(count: number, maxLabels = 8): number {
  return Math.max(1, Math.ceil(count / maxLabels));
}
