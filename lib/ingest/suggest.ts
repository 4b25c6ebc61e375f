// Turns an extraction into suggestions for review. Each suggestion quotes the passage (the sentence around its
// evidence) that a citation would carry, with offsets into the stored text; the exact matches stay in the payload
// so the review page can highlight them. Pure: no database.
import type { Span } from "./extract/chrome";
import { LINK_SUGGESTION_THRESHOLD } from "./extract/entities";
import { splitSentences } from "./extract/sentences";
import { foldTraditional } from "./extract/traditional";
import type { Evidence, Extraction } from "./extract/types";
import { describeEvent, findKindCue, guessIsPlanned, guessMilestoneKind, periodLiesAfter } from "./milestone-hints";
import type { DatePrecision, MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import type { PayloadOf } from "./payloads";
import { proposeStatusChange, refersBack, reportSpan, statusImpliedBy } from "./status-hints";
import type { SuggestionKind } from "./vocabulary";

export type SuggestionDraft = {
  kind: SuggestionKind;
  payload: PayloadOf<SuggestionKind>;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  confidence: number;
};

/** Longer sentences (tables, run-on lists) are cut to a window around the evidence. */
const MAX_PASSAGE = 1000;
const WINDOW = 300;

export type Passage = { quote: string; start: number; end: number };

export function createPassageFinder(text: string): (start: number, end: number) => Passage {
  const sentences = splitSentences(text);
  const window = (start: number, end: number): Span => {
    let s = Math.max(0, start - WINDOW);
    let e = Math.min(text.length, end + WINDOW);
    while (s > 0 && s < start && !/\s/u.test(text[s - 1]!)) s++;
    while (e < text.length && e > end && !/\s/u.test(text[e]!)) e--;
    while (s < start && /\s/u.test(text[s]!)) s++;
    while (e > end && /\s/u.test(text[e - 1]!)) e--;
    return { start: s, end: e };
  };
  return (start, end) => {
    const covering = sentences.filter((s) => s.start < end && s.end > start);
    let span: Span = covering.length ? { start: Math.min(start, covering[0]!.start), end: Math.max(end, covering.at(-1)!.end) } : { start, end };
    if (span.end - span.start > MAX_PASSAGE) span = window(start, end);
    return { quote: text.slice(span.start, span.end), start: span.start, end: span.end };
  };
}

type Located = { slug: string; start: number; end: number };

/** The linked initiative mentioned in the same passage as [start, end), else the nearest one in the article. */
function nearestInitiative(mentions: Located[], passage: Passage, start: number): string | null {
  const inPassage = mentions.filter((m) => m.start >= passage.start && m.end <= passage.end);
  const pool = inPassage.length ? inPassage : mentions;
  let best: Located | null = null;
  for (const m of pool) if (!best || Math.abs(m.start - start) < Math.abs(best.start - start)) best = m;
  return best?.slug ?? null;
}

const within = (span: Span) => (m: Span) => m.start >= span.start && m.end <= span.end;

/**
 * The initiative a passage reports a status for: one it names where it reports the event (up to the end of the
 * event's clause, status-hints.ts reportSpan), else — when it refers back to one there ("the cable was switched on")
 * and names no candidate the catalog does not know — the article's only linked initiative. Never the nearest one
 * elsewhere: a status is too strong a claim to rest on proximity ("the operator recalled that another cable was
 * abandoned" in an article about one cable; a list of a year's works, each clause its own subject). A replacement
 * names two, the one replaced first.
 */
function initiativeOfPassage(mentions: Located[], candidates: Evidence[], passage: Passage, kind: MilestoneKind): string | null {
  const span = reportSpan(kind, passage.quote);
  const report: Passage = { quote: passage.quote.slice(span.start, span.end), start: passage.start + span.start, end: passage.start + span.end };
  // A name that starts there counts: its evidence may run on past the clause (a headline's name into the next line).
  const located = mentions.filter((m) => m.start >= report.start && m.start < report.end).sort((a, b) => a.start - b.start);
  const inPassage = new Set(located.map((m) => m.slug));
  if (inPassage.size === 1 || (inPassage.size > 1 && kind === "superseded")) return located[0]!.slug;
  const all = new Set(mentions.map((m) => m.slug));
  const alone = inPassage.size === 0 && all.size === 1 && !candidates.some(within(report)) && refersBack(report.quote);
  return alone ? [...all][0]! : null;
}

/** An undated report: its date is the article's, a guess the editor must check. */
const UNDATED_CONFIDENCE = 0.6;

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 100) / 100));

/**
 * `statuses`: the current status of the catalog's initiatives (at least those the extraction links), from which a
 * reported event proposes a status change; without it, none is proposed.
 */
export function buildSuggestions(text: string, extraction: Extraction, publishedOn?: string, statuses?: ReadonlyMap<string, Status>): SuggestionDraft[] {
  const passageAt = createPassageFinder(text);
  // Cues are read in Simplified Chinese (a Traditional 簽署 is 签署); quotes and notes keep the article's own script.
  const folded = foldTraditional(text);
  const read = (span: Span): Passage => ({ quote: folded.slice(span.start, span.end), start: span.start, end: span.end });
  const linked: Located[] = extraction.initiatives.flatMap((i) => (i.slug && i.confidence >= LINK_SUGGESTION_THRESHOLD ? i.evidence.map((e) => ({ slug: i.slug!, start: e.start, end: e.end })) : []));
  const candidates = extraction.initiatives.flatMap((i) => (i.slug ? [] : i.evidence));
  const out: SuggestionDraft[] = [];
  /** One status change per initiative and target, from the article's first event that reports it. */
  const proposed = new Set<string>();
  const add = (kind: SuggestionKind, first: Evidence, confidence: number, payload: (passage: Passage) => PayloadOf<SuggestionKind>) => {
    const passage = passageAt(first.start, first.end);
    out.push({ kind, payload: payload(passage), quote: passage.quote, quoteStart: passage.start, quoteEnd: passage.end, confidence: clamp(confidence) });
  };
  type When = { date: string; precision: DatePrecision; evidence: Evidence[]; planned: boolean; undated?: boolean };
  const proposeStatus = (passage: Passage, kind: MilestoneKind, when: When, confidence: number) => {
    const slug = initiativeOfPassage(linked, candidates, read(passage), kind);
    const fromStatus = slug ? statuses?.get(slug) : undefined;
    const change = slug && fromStatus ? proposeStatusChange(fromStatus, kind, read(passage).quote, when.planned) : null;
    if (!slug || !fromStatus || !change || proposed.has(`${slug}|${change.toStatus}`) || (when.undated && change.backwards)) return;
    proposed.add(`${slug}|${change.toStatus}`);
    const { toStatus, backwards } = change;
    // A step backwards is more often an old event retold than a real reversal: it is proposed, flagged, and ranked low.
    add("status-change", when.evidence[0]!, backwards ? confidence / 2 : confidence, () => ({
      initiativeSlug: slug,
      fromStatus,
      toStatus,
      effectiveOn: when.date,
      precision: when.precision,
      eventKind: kind,
      backwards,
      note: describeEvent(passage.quote),
      evidence: when.evidence,
    }));
  };

  for (const event of [...extraction.events].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0))) {
    const first = event.evidence[0];
    if (!first) continue;
    const passage = passageAt(first.start, first.end);
    const kind = guessMilestoneKind(read(passage).quote);
    const isPlanned = guessIsPlanned(event.date, read(passage).quote, publishedOn);
    const confidence = event.resolved ? 0.9 : 1;
    add("milestone", first, confidence, () => ({
      date: event.date,
      precision: event.precision,
      resolved: event.resolved,
      evidence: event.evidence,
      initiativeSlug: nearestInitiative(linked, passage, first.start),
      kind,
      isPlanned,
      description: describeEvent(passage.quote),
    }));
    // The sentence's own words decide whether a status event happened (status-hints.ts reads them clause by clause);
    // only a period after the article's date makes it planned regardless.
    proposeStatus(passage, kind, { date: event.date, precision: event.precision, evidence: event.evidence, planned: periodLiesAfter(event.date, publishedOn) === true }, confidence);
  }
  // A transition reported without a date ("the protocol was signed today", a headline) is the article's news: it takes
  // the article's date, ranked below one dated in its own words. Only forward: undated, a step back is background ("a
  // photo of the satellite under construction"). Sentences holding a dated event were read above.
  if (publishedOn) {
    const dated = extraction.events.flatMap((e) => e.evidence);
    for (const sentence of splitSentences(text)) {
      if (dated.some(within(sentence))) continue;
      const cue = findKindCue(read(sentence).quote);
      if (!cue || !statusImpliedBy(cue.kind)) continue;
      const evidence = [{ quote: text.slice(sentence.start + cue.index, sentence.start + cue.end), start: sentence.start + cue.index, end: sentence.start + cue.end }];
      proposeStatus(passageAt(sentence.start, sentence.end), cue.kind, { date: publishedOn, precision: "day", evidence, planned: false, undated: true }, UNDATED_CONFIDENCE);
    }
  }
  for (const i of extraction.initiatives) {
    const first = i.evidence[0];
    if (!first) continue;
    // A passing mention (entities.ts weighSalience) is not proposed: a wrong link costs a reviewer more than a missed one.
    if (i.slug) {
      if (i.confidence >= LINK_SUGGESTION_THRESHOLD) add("initiative-link", first, i.confidence, () => ({ slug: i.slug!, name: i.name, evidence: i.evidence }));
    } else add("new-initiative", first, i.confidence, () => ({ name: i.name, evidence: i.evidence }));
  }
  for (const c of extraction.countries) {
    const first = c.evidence[0];
    if (first) add("country", first, 1, (p) => ({ code: c.code as PayloadOf<"country">["code"], evidence: c.evidence, initiativeSlug: nearestInitiative(linked, p, first.start) }));
  }
  for (const d of extraction.domains) {
    const first = d.evidence[0];
    if (first) add("domain", first, d.confidence, (p) => ({ slug: d.slug as PayloadOf<"domain">["slug"], evidence: d.evidence, initiativeSlug: nearestInitiative(linked, p, first.start) }));
  }
  // Actors the catalog does not know are not suggested: adding an actor is an editorial decision of its own.
  for (const a of extraction.actors) {
    const first = a.evidence[0];
    if (first && a.slug) add("actor", first, a.confidence, (p) => ({ slug: a.slug!, name: a.name, evidence: a.evidence, initiativeSlug: nearestInitiative(linked, p, first.start) }));
  }
  return out;
}
