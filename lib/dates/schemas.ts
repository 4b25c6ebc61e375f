// The date parameters and fields of the API as zod schemas whose regular expressions are exactly the dates the
// server accepts (years 0001–9999, real days, leap years included), so the published OpenAPI pattern and the
// server agree in both directions (lib/dates/schemas.test.ts checks the patterns against parsePartialDate).
import { z } from "zod";

const YEAR = String.raw`(?:\d{3}[1-9]|\d{2}[1-9]\d|\d[1-9]\d{2}|[1-9]\d{3})`;
const LEAP_YEAR = String.raw`(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)`;
const MONTH_DAY = String.raw`(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)`;
const DAY = String.raw`${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29`;

/** YYYY-MM-DD, a real day in 0001–9999. */
export const ISO_DAY_PATTERN = new RegExp(`^(?:${DAY})$`);
/** YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD in 0001–9999. */
export const PARTIAL_DATE_PATTERN = new RegExp(String.raw`^(?:${YEAR}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?|${DAY})$`);

/** "2025", "2025-Q3", "2025-03" or "2025-03-14": the string states the date and its precision. */
export const partialDateSchema = z
  .string()
  .trim()
  .regex(PARTIAL_DATE_PATTERN, "Use YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (a real date, years 0001–9999).");

export const isoDaySchema = z.string().trim().regex(ISO_DAY_PATTERN, "Use a real date as YYYY-MM-DD (years 0001–9999).");
