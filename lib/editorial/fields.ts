// Field schemas shared by the editorial inputs.
import { z } from "zod";
import { type PartialDate, parsePartialDate } from "@/lib/dates/partial-date";

/** "2025", "2025-Q3", "2025-03" or "2025-03-14": the string states the date and its precision. */
export const partialDateSchema = z
  .string()
  .trim()
  .refine((v) => parsePartialDate(v) !== null, "Use YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (a real date).");

/** The initiative version the edit started from (optimistic locking). */
export const versionSchema = z.number({ error: "The version you started from is required." }).int().positive();

/** Schema-validated partial date → its parts. Only call on values that passed partialDateSchema. */
export function toPartialDate(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`Not a partial date: ${value}`);
  return parsed;
}

export function optionalPartialDate(value: string | null | undefined): { on: string | null; precision: PartialDate["precision"] | null } {
  if (!value) return { on: null, precision: null };
  const { date, precision } = toPartialDate(value);
  return { on: date, precision };
}
