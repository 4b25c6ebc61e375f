// Pure geometry of one initiative's compact timeline: a day scale over its whole history (and today), year
// ticks, and lanes so that milestones close in time do not cover each other.
import { addDays, dayNumber } from "./dates";
import type { StatusPeriod, TimelineMilestone } from "./types";

export type SpanScale = { from: string; to: string; pct: (iso: string) => number; ticks: number[] };

export function spanScale(milestones: readonly TimelineMilestone[], periods: readonly StatusPeriod[], today: string): SpanScale {
  const dates = [...milestones.map((m) => m.date), ...periods.flatMap((p) => [p.from, p.to ?? today])].sort();
  const first = dates[0] ?? today;
  const last = [dates.at(-1) ?? today, today].sort().at(-1)!;
  // A margin of 3% (at least a month) on each side, so end markers are not cut in half.
  const margin = Math.max(31, Math.round((dayNumber(last) - dayNumber(first)) * 0.03));
  const from = addDays(first, -margin);
  const to = addDays(last, margin);
  const start = dayNumber(from);
  const length = dayNumber(to) - start;
  const years: number[] = [];
  const firstYear = Number(from.slice(0, 4)) + 1;
  const lastYear = Number(to.slice(0, 4));
  const step = [1, 2, 5, 10].find((s) => (lastYear - firstYear) / s <= 8) ?? 20;
  for (let y = Math.ceil(firstYear / step) * step; y <= lastYear; y += step) years.push(y);
  return { from, to, pct: (iso) => ((dayNumber(iso) - start) / length) * 100, ticks: years };
}

/** Greedy lanes for sorted positions: each goes to the first lane whose last position is at least `gap` away. */
export function assignLanes(positions: readonly number[], gap: number, maxLanes = 3): number[] {
  const lastInLane: number[] = [];
  return positions.map((p, index) => {
    let lane = lastInLane.findIndex((last) => p - last >= gap);
    // No lane free: open a new one, or once all are open, take them in turn.
    if (lane === -1) lane = lastInLane.length < maxLanes ? lastInLane.length : index % maxLanes;
    lastInLane[lane] = p;
    return lane;
  });
}
