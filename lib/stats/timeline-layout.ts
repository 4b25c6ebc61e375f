// Pure geometry of the cross-initiative timeline: where a date falls in a year range, in percent of the width, so
// the chart lays out with CSS alone (no measuring, no layout shift) and the SVG export uses the same numbers.
import { dayNumber } from "./dates";

export type YearRange = { start: number; end: number };

function bounds(range: YearRange): { from: number; to: number } {
  return { from: dayNumber(`${range.start}-01-01`), to: dayNumber(`${range.end + 1}-01-01`) };
}

/** Position of a day in the range, 0–100 (outside the range gives values below 0 or above 100). */
export function positionPercent(iso: string, range: YearRange): number {
  const { from, to } = bounds(range);
  return ((dayNumber(iso) - from) / (to - from)) * 100;
}

export function isInRange(iso: string, range: YearRange): boolean {
  const p = positionPercent(iso, range);
  return p >= 0 && p <= 100;
}

export type BarLayout = { left: number; width: number; clippedStart: boolean; clippedEnd: boolean };

/** The visible part of a span; null when the span lies wholly outside. Never thinner than `minWidth` percent. */
export function barLayout(startOn: string, endOn: string, range: YearRange, minWidth = 0.6): BarLayout | null {
  const start = positionPercent(startOn, range);
  const end = positionPercent(endOn, range);
  if (end < 0 || start > 100) return null;
  const left = Math.max(0, start);
  const right = Math.min(100, end);
  const width = Math.max(minWidth, right - left);
  return { left: Math.min(left, 100 - width), width, clippedStart: start < 0, clippedEnd: end > 100 };
}

/** Year ticks: every year when they fit, else every 2nd, 5th or 10th, aligned to round years. */
export function yearTicks(range: YearRange, maxTicks = 12): number[] {
  const years = range.end - range.start + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(years / s) <= maxTicks) ?? 100;
  const first = Math.ceil(range.start / step) * step;
  const ticks: number[] = [];
  for (let y = first; y <= range.end; y += step) ticks.push(y);
  return ticks;
}

/** The range shown when none is asked for: every dated year, and this year so "today" is on the chart. */
export function defaultRange(extent: YearRange | null, thisYear: number): YearRange {
  if (!extent) return { start: thisYear - 5, end: thisYear + 1 };
  return { start: Math.min(extent.start, thisYear), end: Math.max(extent.end, thisYear) };
}

/** A requested range made valid: ordered, and missing ends taken from the default. */
export function resolveRange(requested: Partial<YearRange>, fallback: YearRange): YearRange {
  const start = requested.start ?? fallback.start;
  const end = requested.end ?? fallback.end;
  return start <= end ? { start, end } : { start: end, end: start };
}

/** "Rows 1–30 of 312 initiatives with events between 2014 and 2030, by first event. 2 undated initiatives are not shown." */
export function timelineSummary(page: { total: number; page: number; pageSize: number; range: YearRange; undated: number }): string {
  const first = (page.page - 1) * page.pageSize + 1;
  const last = Math.min(page.total, page.page * page.pageSize);
  const undated = page.undated ? ` ${page.undated} undated ${page.undated === 1 ? "initiative is" : "initiatives are"} not shown.` : "";
  if (!page.total) return `No initiative has events between ${page.range.start} and ${page.range.end} under these filters.${undated}`;
  const rows = page.total > page.pageSize ? `Rows ${first}–${last} of ${page.total}` : `${page.total}`;
  return `${rows} ${page.total === 1 ? "initiative" : "initiatives"} with events between ${page.range.start} and ${page.range.end}, ordered by first event; each bar runs from the first to the latest event, milestones are dots (hollow when planned).${undated}`;
}
