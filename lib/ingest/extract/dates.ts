// Dated events: every date expression outside page chrome, with the sentence it dates. Partial dates ("6月12日",
// "on 12 June", "同年11月") take their year from an explicit date shortly before them, else from the article date.
import { toPartialDateString, type PartialDate } from "@/lib/dates/partial-date";
import type { Span } from "./chrome";
import { addDays, day, isValidDay, month, monthsBetween, parseYmd, year, type Ymd } from "./date-calendar";
import { FUTURE_MARKERS } from "./date-lexicon";
import type { DateRule, RuleResult } from "./date-rule";
import { ABSOLUTE_RULES, BARE_YEAR_RULE } from "./date-rules-absolute";
import { PARTIAL_RULES } from "./date-rules-partial";
import { RELATIVE_RULES } from "./date-rules-relative";
import { SEA_ABSOLUTE_RULES, SEA_PARTIAL_RULES, SEA_YEAR_RULE, foldDigits } from "./date-rules-sea";
import { sentenceAt } from "./sentences";
import type { DatedEvent } from "./types";

// Order matters: earlier rules claim their text first, so "22 January 2025" is never also read as "January 2025".
// Vietnamese and Thai days and months come first so a year-context rule never claims the "năm 2026" of a full date.
const RULES: DateRule[] = [
  ...SEA_ABSOLUTE_RULES,
  ...ABSOLUTE_RULES,
  SEA_YEAR_RULE,
  ...RELATIVE_RULES,
  ...SEA_PARTIAL_RULES,
  ...PARTIAL_RULES,
  BARE_YEAR_RULE,
];
/** A year-less date more than this many months after the article date is read as last year's (unless planned). */
const MAX_MONTHS_AHEAD = 2;
/** "jedes Jahr im September", "每年" : a recurrence, not an event. */
const RECURRING =
  /(?:jedes\s+Jahr|alljährlich|jährlich|every\s+year|each\s+year|annually|每年|每逢)\s*(?:im|in|jeweils)?\s*$/iu;

type Hit = Span & { result: NonNullable<RuleResult>; sentence: Span; future: boolean };
type Dated = { hit: Hit; date: PartialDate; resolved: boolean };

/** The clause holding a date: "…plans a fourth by mid-2026, the company said on Monday" has two. */
function clauseAround(text: string, sentence: Span, start: number, end: number): string {
  const before = text.slice(sentence.start, start);
  const after = text.slice(end, sentence.end);
  const from = Math.max(...[",", ";", ":", "，", "；", "：", " – ", " — "].map((d) => before.lastIndexOf(d)));
  const to = after.search(/[,;:，；：]| [–—] /u);
  return before.slice(from + 1) + text.slice(start, end) + (to === -1 ? after : after.slice(0, to));
}

function collectHits(masked: string, sentences: Span[], published: Ymd | null): Hit[] {
  const hits: Hit[] = [];
  const taken = (s: number, e: number) => hits.some((h) => s < h.end && h.start < e);
  for (const rule of RULES) {
    for (const m of masked.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentence = sentenceAt(sentences, start);
      if (!sentence || taken(start, end)) continue;
      const future = FUTURE_MARKERS.test(clauseAround(masked, sentence, start, end));
      const recurring = RECURRING.test(masked.slice(Math.max(sentence.start, start - 30), start));
      const result = recurring ? { kind: "skip" as const } : rule.build(m as RegExpExecArray, { published, future });
      if (result) hits.push({ start, end, result, sentence, future });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The explicit date a partial one leans on: the last date stated outright in the same or the previous sentence.
 * Only day/month dates count for ordinary partial dates ("bis 2027 … Ende Oktober" is not October 2027).
 */
function anchorDate(hit: Hit, dated: Dated[], sentences: Span[], anyPrecision: boolean): PartialDate | null {
  const index = sentences.indexOf(hit.sentence);
  const from = sentences[Math.max(0, index - 1)]!.start;
  const candidates = dated.filter(
    (d) =>
      d.hit.end <= hit.start &&
      d.hit.start >= from &&
      (anyPrecision || ((d.date.precision === "day" || d.date.precision === "month") && !d.resolved)),
  );
  return candidates.at(-1)?.date ?? null;
}

function yearFromArticle(published: Ymd, mo: number, future: boolean): number {
  const ahead = monthsBetween(published, { y: published.y, m: mo });
  if (ahead > MAX_MONTHS_AHEAD && !future) return published.y - 1;
  if (ahead < -MAX_MONTHS_AHEAD && future) return published.y + 1;
  return published.y;
}

function resolvePartial(hit: Hit, dated: Dated[], sentences: Span[], published: Ymd | null): PartialDate | null {
  const { result } = hit;
  if (result.kind === "shift") {
    const lastDay = [...dated].reverse().find((d) => d.hit.end <= hit.start && d.date.precision === "day");
    const base = lastDay ? parseYmd(lastDay.date.date) : published;
    return base ? day(addDays(base, result.days)) : null;
  }
  if (result.kind !== "partial") return null;
  const anchor = anchorDate(hit, dated, sentences, result.anaphoric);
  const anchorYear = anchor ? Number(anchor.date.slice(0, 4)) : null;
  let mo = result.month;
  if (mo === null && result.day !== null) mo = anchor ? Number(anchor.date.slice(5, 7)) : (published?.m ?? null);
  if (mo === null) return result.anaphoric && anchorYear !== null ? year(anchorYear) : null;
  if (mo < 1 || mo > 12) return null;
  const y = anchorYear ?? (published ? yearFromArticle(published, mo, hit.future) : null);
  if (y === null) return null;
  if (result.day === null) return month(y, mo);
  const ymd: Ymd = { y, m: mo, d: result.day };
  return isValidDay(ymd) ? day(ymd) : null;
}

export function extractEvents(masked: string, original: string, sentences: Span[], publishedOn?: string): DatedEvent[] {
  const published = parseYmd(publishedOn);
  const dated: Dated[] = [];
  for (const hit of collectHits(foldDigits(masked), sentences, published)) {
    if (hit.result.kind === "skip") continue;
    if (hit.result.kind === "final") dated.push({ hit, date: hit.result.date, resolved: hit.result.resolved });
    else {
      const date = resolvePartial(hit, dated, sentences, published);
      if (date) dated.push({ hit, date, resolved: true });
    }
  }
  const events: DatedEvent[] = [];
  for (const { hit, date, resolved } of dated) {
    const value = toPartialDateString(date);
    const text = original.slice(hit.sentence.start, hit.sentence.end);
    const evidence = { quote: original.slice(hit.start, hit.end), start: hit.start, end: hit.end };
    const same = events.find((e) => e.date === value && e.precision === date.precision && e.text === text);
    if (same) same.evidence.push(evidence);
    else events.push({ date: value, precision: date.precision, resolved, text, evidence: [evidence] });
  }
  return events;
}
