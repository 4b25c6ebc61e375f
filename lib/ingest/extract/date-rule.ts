// The contract between date patterns and the date extractor.
import type { PartialDate } from "@/lib/dates/partial-date";
import type { Ymd } from "./date-calendar";

export type RuleContext = { published: Ymd | null; future: boolean };

/**
 * - final: absolute, or already resolved against the article date;
 * - partial: a month and/or day whose missing parts come from an explicit date nearby, else the article date
 *   ("6月12日", "on 12 June", "17日"); `anaphoric` ones ("that year", "同年11月") refer back to any dated year;
 * - shift: a day relative to the last dated day ("the previous day", "次日");
 * - skip: claims its text so no other pattern dates it (year ranges, recurring dates).
 */
export type RuleResult =
  | { kind: "final"; date: PartialDate; resolved: boolean }
  | { kind: "partial"; month: number | null; day: number | null; anaphoric: boolean }
  | { kind: "shift"; days: number }
  | { kind: "skip" }
  | null;

export type DateRule = { name: string; re: RegExp; build: (m: RegExpExecArray, ctx: RuleContext) => RuleResult };

export const final = (date: PartialDate, resolved = false): RuleResult => ({ kind: "final", date, resolved });
export const partial = (month: number | null, day: number | null, anaphoric = false): RuleResult => ({
  kind: "partial",
  month,
  day,
  anaphoric,
});
