// Field schemas shared by the editorial inputs.
import { z } from "zod";
import { type PartialDate, parsePartialDate } from "@/lib/dates/partial-date";

export { partialDateSchema } from "@/lib/dates/schemas";

/** PostgreSQL's `integer`: ids, versions and offsets beyond it are a 400 naming the field, never a failed query. */
export const PG_INT_MAX = 2_147_483_647;

/** The message for a missing value only: a schema-level `error` string would also replace "too big" and the like. */
const whenMissing = (message: string | undefined) => ({ error: (issue: { input: unknown }) => (issue.input === undefined ? message : undefined) });

/** A row id or another positive integer column; `missing` is the message when it is absent. */
export function positiveIntSchema(missing?: string) {
  return z.number(whenMissing(missing)).int().min(1).max(PG_INT_MAX);
}

/**
 * Text of at least `min` characters once trimmed. The check is a pattern rather than a length so that the OpenAPI
 * document states it too: surrounding whitespace does not count, and blank text is refused.
 */
export function textSchema(min: number, max: number, message?: string, options: { missing?: string } = {}) {
  const pattern = min <= 1 ? /\S/ : new RegExp(String.raw`\S[\s\S]{${min - 2},}\S`);
  return z
    .string(whenMissing(options.missing))
    .trim()
    .max(max)
    .regex(pattern, message ?? (min <= 1 ? "Cannot be blank." : `Use at least ${min} characters.`));
}

/** The initiative version the edit started from (optimistic locking). */
export const versionSchema = positiveIntSchema("The version you started from is required.");

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
