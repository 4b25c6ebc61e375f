// The contract between date patterns and the date extractor.
import type { PartialDate } from "@/lib/dates/partial-date";
import type { Ymd } from "./date-calendar";

export type RuleContext = { published: Ymd | null; future: boolean };

/** A date is final (absolute or already resolved against the article date) or still needs a year from context. */
export type RuleResult =
  | { kind: "final"; date: PartialDate; resolved: boolean }
  | { kind: "yearless"; month: number; day: number | null }
  | null;

export type DateRule = { name: string; re: RegExp; build: (m: RegExpExecArray, ctx: RuleContext) => RuleResult };

export const final = (date: PartialDate, resolved = false): RuleResult => ({ kind: "final", date, resolved });
