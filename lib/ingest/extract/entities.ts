// Initiative and actor mentions: catalog links (slug set) plus candidate new initiatives (slug null).
import { candidateKey, findCandidates } from "./candidates";
import { createLinker, type LinkMatch } from "./linker";
import type { Stream } from "./normalise";
import type { Catalog, EntityMention, Evidence } from "./types";

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

export type EntityExtractor = (
  stream: Stream,
  masked: string,
  original: string,
) => { initiatives: EntityMention[]; actors: EntityMention[] };

export function createEntityExtractor(catalog: Catalog): EntityExtractor {
  const initiativeLinker = createLinker(catalog.initiatives);
  const actorLinker = createLinker(catalog.actors);
  return (stream, masked, original) => {
    const initiativeMatches = initiativeLinker.link(stream, original);
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
    return {
      initiatives: [...groupLinks(initiativeMatches, original), ...candidates.values()],
      actors: groupLinks(actorMatches, original),
    };
  };
}
