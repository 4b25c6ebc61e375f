// Dates known only to a day, month, quarter or year. Stored as the first day of the period plus its precision,
// so "Jan 2025" is never confused with "1 Jan 2025" and periods still sort and filter as dates.
import type { DatePrecision } from "@/lib/vocabulary/misc";

export type PartialDate = { date: string; precision: DatePrecision };

const PATTERNS: { re: RegExp; precision: DatePrecision }[] = [
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, precision: "day" },
  { re: /^(\d{4})-Q([1-4])$/, precision: "quarter" },
  { re: /^(\d{4})-(\d{2})$/, precision: "month" },
  { re: /^(\d{4})$/, precision: "year" },
];

const pad = (n: number) => String(n).padStart(2, "0");
/** Years are always written with four digits: PostgreSQL reads "31-02-01" as a different date than "0031-02-01". */
const padYear = (n: number) => String(n).padStart(4, "0");
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Without Date.UTC, which maps years 0–99 to 1900–1999. */
export const daysInMonth = (year: number, month: number) => (month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/**
 * Parses "2025", "2025-01", "2025-Q3" or "2025-01-22"; null for anything else, including impossible days and years
 * outside 0001–9999. The same language as PARTIAL_DATE_PATTERN (lib/dates/schemas.ts), which the API documents.
 */
export function parsePartialDate(text: string): PartialDate | null {
  for (const { re, precision } of PATTERNS) {
    const m = re.exec(text.trim());
    if (!m) continue;
    const year = Number(m[1]);
    if (year < 1) return null;
    const y = padYear(year);
    if (precision === "year") return { date: `${y}-01-01`, precision };
    if (precision === "quarter") return { date: `${y}-${pad((Number(m[2]) - 1) * 3 + 1)}-01`, precision };
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    if (precision === "month") return { date: `${y}-${pad(month)}-01`, precision };
    const day = Number(m[3]);
    if (day < 1 || day > daysInMonth(year, month)) return null;
    return { date: `${y}-${pad(month)}-${pad(day)}`, precision };
  }
  return null;
}

/** The inverse of parsePartialDate: the shortest string that states the date at its precision. */
export function toPartialDateString({ date, precision }: PartialDate): string {
  const [y, m] = date.split("-");
  switch (precision) {
    case "year":
      return y!;
    case "quarter":
      return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
    case "month":
      return `${y}-${m}`;
    case "day":
      return date;
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Human form at the date's precision: "22 Jan 2025", "Jan 2025", "Q3 2025", "2025". */
export function formatPartialDate({ date, precision }: PartialDate): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  switch (precision) {
    case "year":
      return String(y);
    case "quarter":
      return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    case "month":
      return `${MONTHS[m - 1]} ${y}`;
    case "day":
      return `${d} ${MONTHS[m - 1]} ${y}`;
  }
}

/** The last day of the period, for "is this planned date in the past?" and range filters. */
export function endOfPartialDate({ date, precision }: PartialDate): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  switch (precision) {
    case "day":
      return date;
    case "month":
      return `${padYear(y)}-${pad(m)}-${pad(daysInMonth(y, m))}`;
    case "quarter":
      return `${padYear(y)}-${pad(m + 2)}-${pad(daysInMonth(y, m + 2))}`;
    case "year":
      return `${padYear(y)}-12-31`;
  }
}

/** First and last day covered by an optional from/to pair, each at whatever precision it was given. */
export function partialDateRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const start = from ? parsePartialDate(from) : null;
  const end = to ? parsePartialDate(to) : null;
  return { from: start?.date, to: end ? endOfPartialDate(end) : undefined };
}
