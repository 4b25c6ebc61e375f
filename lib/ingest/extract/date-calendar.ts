// Calendar arithmetic on UTC dates, for resolving relative and year-less expressions against the article date.
import type { PartialDate } from "@/lib/dates/partial-date";

export type Ymd = { y: number; m: number; d: number };

const pad = (n: number) => String(n).padStart(2, "0");
const toUtc = ({ y, m, d }: Ymd) => Date.UTC(y, m - 1, d);
const fromUtc = (t: number): Ymd => {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};
const DAY = 86_400_000;

export function parseYmd(s: string | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s) : null;
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(ymd) ? ymd : null;
}

export function isValidDay({ y, m, d }: Ymd): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(toUtc(date) + days * DAY);
}

export function weekdayOf(date: Ymd): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** The given weekday on or before `date` (or on/after it when `ahead`). */
export function nearestWeekday(date: Ymd, weekday: number, ahead: boolean): Ymd {
  const diff = (weekday - weekdayOf(date) + 7) % 7;
  return ahead ? addDays(date, diff) : addDays(date, diff === 0 ? 0 : diff - 7);
}

/** Monday of the ISO week containing `date`, shifted by `weeks`. */
export function mondayOf(date: Ymd, weeks: number): Ymd {
  const offset = (weekdayOf(date) + 6) % 7;
  return addDays(date, -offset + weeks * 7);
}

export function monthsBetween(from: Ymd, to: { y: number; m: number }): number {
  return (to.y - from.y) * 12 + (to.m - from.m);
}

export function addMonths(date: { y: number; m: number }, months: number): { y: number; m: number } {
  const index = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export const day = ({ y, m, d }: Ymd): PartialDate => ({ date: `${y}-${pad(m)}-${pad(d)}`, precision: "day" });
export const month = (y: number, m: number): PartialDate => ({ date: `${y}-${pad(m)}-01`, precision: "month" });
export const quarter = (y: number, q: number): PartialDate => ({
  date: `${y}-${pad((q - 1) * 3 + 1)}-01`,
  precision: "quarter",
});
export const year = (y: number): PartialDate => ({ date: `${y}-01-01`, precision: "year" });

/** A week is reported by the month holding most of it (its Thursday), since news rarely dates weeks exactly. */
export function weekMonth(monday: Ymd): PartialDate {
  const thursday = addDays(monday, 3);
  return month(thursday.y, thursday.m);
}
