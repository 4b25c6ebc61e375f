// Initiative and actor mentions: catalog links (slug set) plus candidate new initiatives (slug null).
import { candidateKey, findCandidates } from "./candidates";
import { CONFIDENCE_DESCRIBED, createDescriptionLinker, LEAD_CHARS } from "./describe";
import { createLinker, type LinkMatch } from "./linker";
import type { Stream } from "./normalise";
import type { Span } from "./chrome";
import { sentenceAt } from "./sentences";
import type { Catalog, DatedEvent, EntityMention, Evidence } from "./types";

/** Links below this confidence are not suggested: the review queue asks about the candidate instead of guessing. */
export const LINK_SUGGESTION_THRESHOLD = 0.5;
/** "Linked with high confidence": the name as catalogued, found where the article says what it is about. */
export const CONFIDENT_LINK = 0.9;
const CANDIDATE_CONFIDENCE = 0.4;
const CANDIDATE_REPEAT_BONUS = 0.1;
const CANDIDATE_MAX = 0.6;

const evidenceOf = (original: string, start: number, end: number): Evidence => ({
  quote: original.slice(start, end),
  start,
  end,
});

function groupLinks(matches: LinkMatch[], original: string): EntityMention[] {
  const bySlug = new Map<string, EntityMention>();
  for (const m of matches) {
    const mention = bySlug.get(m.slug) ?? { slug: m.slug, name: m.name, confidence: 0, evidence: [] };
    mention.confidence = Math.max(mention.confidence, m.confidence);
    mention.evidence.push(evidenceOf(original, m.start, m.end));
    bySlug.set(m.slug, mention);
  }
  return [...bySlug.values()];
}

/** A link named once, after the lead, in an article whose lead names another initiative: mentioned in passing. */
const PASSING_MENTION = 0.45;

/**
 * Tells an article's subject from what it mentions in passing. When the lead (where an article says what it is
 * about) names some initiative, one named only once further down, in a sentence that reports nothing dated about it
 * ("complements our existing cables such as …"), drops below LINK_SUGGESTION_THRESHOLD and is not suggested.
 * Only names count for the lead: a description (describe.ts) is itself a guess.
 */
export function weighSalience(links: EntityMention[], sentences: Span[], events: DatedEvent[]): EntityMention[] {
  const inLead = (m: EntityMention) => m.evidence.some((e) => e.start < LEAD_CHARS);
  if (!links.some((m) => m.slug !== null && m.confidence > CONFIDENCE_DESCRIBED && inLead(m))) return links;
  const dated = new Set(events.flatMap((e) => e.evidence.map((x) => sentenceAt(sentences, x.start))));
  return links.map((m) => {
    if (m.slug === null || inLead(m) || m.evidence.length > 1) return m;
    if (dated.has(sentenceAt(sentences, m.evidence[0]!.start))) return m;
    return { ...m, confidence: Math.min(m.confidence, PASSING_MENTION) };
  });
}

export type EntityExtractor = (
  stream: Stream,
  masked: string,
  original: string,
  title?: string,
) => { initiatives: EntityMention[]; actors: EntityMention[] };

export function createEntityExtractor(catalog: Catalog): EntityExtractor {
  const initiativeLinker = createLinker(catalog.initiatives);
  const actorLinker = createLinker(catalog.actors);
  const describedIn = createDescriptionLinker(catalog.initiatives);
  return (stream, masked, original, title) => {
    const initiativeMatches = initiativeLinker.link(stream, original);
    // A description inside a name already found is that name's words, not another initiative's description.
    const named = new Set(initiativeMatches.map((m) => m.slug));
    const described = describedIn(masked, title).filter(
      (m) => !named.has(m.slug) && !initiativeMatches.some((n) => m.start < n.end && n.start < m.end),
    );
    const actorMatches = actorLinker.link(stream, original);
    const candidates = new Map<string, EntityMention>();
    for (const c of findCandidates(masked, initiativeMatches, actorMatches)) {
      const key = candidateKey(c.name);
      const existing = candidates.get(key);
      if (existing) {
        existing.confidence = Math.min(
          CANDIDATE_MAX,
          Math.round((existing.confidence + CANDIDATE_REPEAT_BONUS) * 100) / 100,
        );
        existing.evidence.push(evidenceOf(original, c.start, c.end));
      } else {
        candidates.set(key, {
          slug: null,
          name: c.name,
          confidence: CANDIDATE_CONFIDENCE,
          evidence: [evidenceOf(original, c.start, c.end)],
        });
      }
    }
    const links = groupLinks([...initiativeMatches, ...described.map((m) => ({ ...m, exact: false }))], original);
    return {
      initiatives: [...links, ...candidates.values()],
      actors: groupLinks(actorMatches, original),
    };
  };
}
