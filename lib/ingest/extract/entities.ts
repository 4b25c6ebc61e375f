// Initiative and actor mentions: catalog links (slug set) plus candidate new initiatives (slug null).
import { candidateKey, findCandidates } from "./candidates";
import { CONFIDENCE_DESCRIBED, createDescriptionLinker, LEAD_CHARS } from "./describe";
import { createLinker, type LinkMatch } from "./linker";
import { buildStream, type Stream, tokenize } from "./normalise";
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
/** A link named only after the lead: still suggested, but not "linked with high confidence" (CONFIDENT_LINK). */
const BEYOND_LEAD = 0.8;

/**
 * Words that make a name the setting of what is reported, not its subject: "on the sidelines of the 22nd China-ASEAN
 * Expo", "trong khuôn khổ CAEXPO", "在第22届中国—东盟博览会期间", "ในงาน …", "di sela …", "am Rande der …". Not a bare
 * "at the …": "will be reviewed at the Digital Ministers' Meeting in Q4" dates the meeting itself.
 */
const VENUE_BEFORE =
  /(?:\b(?:on the (?:sidelines|margins) of|(?:with)?in the framework of)|trong khuôn khổ|bên lề|nhân dịp|ในงาน|ภายในงาน|ระหว่างงาน|ระหว่างการประชุม|\bdi sela(?:-sela)?|\bdalam rangka|\bpada acara|\b(?:di|dalam) ajang|\bsempena|\bam Rande (?:der|des)|\bim Rahmen (?:der|des)|第[\d一二三四五六七八九十]+届)\s*(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|[a-z]+(?:th|st|nd|rd)\s+)?$/iu;
const VENUE_AFTER = /^\s*(?:(?:\(\w+\)\s*)?(?:期间|框架下|框架内|之际|开幕式|现场)|lần thứ)/u;

export function isVenueMention(text: string, start: number, end: number): boolean {
  return VENUE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || VENUE_AFTER.test(text.slice(end, end + 12));
}

/**
 * Tells an article's subject from what it mentions. A link named in the title or the lead (where an article says what
 * it is about) keeps its confidence. One named only further down is suggested below CONFIDENT_LINK; and when the lead
 * names some other initiative, one named only once further down, in a sentence that reports nothing dated about it
 * ("complements our existing cables such as …"), drops below LINK_SUGGESTION_THRESHOLD and is not suggested.
 * Only names count for the lead: a description (describe.ts) is itself a guess.
 */
export function weighSalience(
  links: EntityMention[],
  sentences: Span[],
  events: DatedEvent[],
  titled: ReadonlySet<string> = new Set(),
  text = "",
): EntityMention[] {
  const inLead = (m: EntityMention) =>
    (m.slug !== null && titled.has(m.slug)) || m.evidence.some((e) => e.start < LEAD_CHARS);
  const leadNamesOne = links.some((m) => m.slug !== null && m.confidence > CONFIDENCE_DESCRIBED && inLead(m));
  const dated = new Set(events.flatMap((e) => e.evidence.map((x) => sentenceAt(sentences, x.start))));
  // Named only as the setting of something else (and not in the title): a venue, not the subject.
  const venues = new Set(
    links.filter(
      (m) => m.slug !== null && !titled.has(m.slug) && m.evidence.every((e) => isVenueMention(text, e.start, e.end)),
    ),
  );
  const others = (m: EntityMention) =>
    links.some(
      (o) => o.slug !== null && o.slug !== m.slug && o.confidence >= LINK_SUGGESTION_THRESHOLD && !venues.has(o),
    );
  return links.map((m) => {
    if (venues.has(m)) return { ...m, confidence: Math.min(m.confidence, others(m) ? PASSING_MENTION : BEYOND_LEAD) };
    if (m.slug === null || inLead(m)) return m;
    const passing = leadNamesOne && m.evidence.length === 1 && !dated.has(sentenceAt(sentences, m.evidence[0]!.start));
    return { ...m, confidence: Math.min(m.confidence, passing ? PASSING_MENTION : BEYOND_LEAD) };
  });
}

export type EntityExtractor = (
  stream: Stream,
  masked: string,
  original: string,
  title?: string,
) => { initiatives: EntityMention[]; actors: EntityMention[]; titled: Set<string> };

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
    // Initiatives the title names: the article's subject, wherever the text names them (weighSalience).
    const titled = new Set(title ? initiativeLinker.link(buildStream(tokenize(title)), title).map((m) => m.slug) : []);
    return {
      initiatives: [...links, ...candidates.values()],
      actors: groupLinks(actorMatches, original),
      titled,
    };
  };
}
