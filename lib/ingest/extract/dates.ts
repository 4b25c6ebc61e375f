// Dated events: every date expression outside page chrome, with the sentence it dates. Year-less dates take their
// year from an explicit year earlier in the same or the previous sentence, else from the article date.
import { toPartialDateString, type PartialDate } from "@/lib/dates/partial-date";
import type { Span } from "./chrome";
import { isValidDay, monthsBetween, parseYmd, day, month, type Ymd } from "./date-calendar";
import { FUTURE_MARKERS } from "./date-lexicon";
import type { DateRule, RuleResult } from "./date-rule";
import { ABSOLUTE_RULES } from "./date-rules-absolute";
import { RELATIVE_RULES } from "./date-rules-relative";
import { sentenceAt } from "./sentences";
import type { DatedEvent } from "./types";

const RULES: DateRule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES];
/** A year-less date more than this many months after the article date is read as last year's (unless planned). */
const MAX_MONTHS_AHEAD = 2;

type Hit = Span & { result: NonNullable<RuleResult>; sentence: Span };

function collectHits(masked: string, sentences: Span[], published: Ymd | null): Hit[] {
  const hits: Hit[] = [];
  const taken = (s: number, e: number) => hits.some((h) => s < h.end && h.start < e);
  for (const rule of RULES) {
    for (const m of masked.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentence = sentenceAt(sentences, start);
      if (!sentence || taken(start, end)) continue;
      const future = FUTURE_MARKERS.test(masked.slice(sentence.start, sentence.end));
      const result = rule.build(m as RegExpExecArray, { published, future });
      if (result) hits.push({ start, end, result, sentence });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The year of the last explicit date before `hit` in its own or the previous sentence. */
function contextYear(hit: Hit, hits: Hit[], sentences: Span[]): number | null {
  const index = sentences.indexOf(hit.sentence);
  const from = sentences[Math.max(0, index - 1)]!.start;
  const before = hits.filter((h) => h.end <= hit.start && h.start >= from && h.result.kind === "final" && !h.result.resolved);
  const last = before.at(-1);
  return last && last.result.kind === "final" ? Number(last.result.date.date.slice(0, 4)) : null;
}

function resolveYearless(hit: Hit, hits: Hit[], sentences: Span[], masked: string, published: Ymd | null): PartialDate | null {
  if (hit.result.kind !== "yearless") return null;
  const { month: mo, day: d } = hit.result;
  if (mo < 1 || mo > 12) return null;
  let y = contextYear(hit, hits, sentences);
  if (y === null && published) {
    const future = FUTURE_MARKERS.test(masked.slice(hit.sentence.start, hit.sentence.end));
    const ahead = monthsBetween(published, { y: published.y, m: mo });
    y = published.y;
    if (ahead > MAX_MONTHS_AHEAD && !future) y -= 1;
    if (ahead < -MAX_MONTHS_AHEAD && future) y += 1;
  }
  if (y === null) return null;
  if (d === null) return month(y, mo);
  return isValidDay({ y, m: mo, d }) ? day({ y, m: mo, d }) : null;
}

export function extractEvents(masked: string, original: string, sentences: Span[], publishedOn?: string): DatedEvent[] {
  const published = parseYmd(publishedOn);
  const hits = collectHits(masked, sentences, published);
  const events: DatedEvent[] = [];
  for (const hit of hits) {
    const date = hit.result.kind === "final" ? hit.result.date : resolveYearless(hit, hits, sentences, masked, published);
    if (!date) continue;
    const resolved = hit.result.kind === "yearless" || hit.result.resolved;
    const value = toPartialDateString(date);
    const evidence = { quote: original.slice(hit.start, hit.end), start: hit.start, end: hit.end };
    const same = events.find((e) => e.date === value && e.precision === date.precision && e.text === original.slice(hit.sentence.start, hit.sentence.end));
    if (same) {
      same.evidence.push(evidence);
      continue;
    }
    events.push({ date: value, precision: date.precision, resolved, text: original.slice(hit.sentence.start, hit.sentence.end), evidence: [evidence] });
  }
  return events;
}
