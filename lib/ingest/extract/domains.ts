// Domains with a confidence that separates an article's topics from passing mentions.
//
// Each sentence mentioning a domain adds a weight: 1 when it is the only domain in the sentence, 0.75 when it
// shares the sentence with one other, 0.35 when the sentence lists three or more (an enumeration such as "5G, cloud,
// data centres and IoT"). A mention inside a linked initiative's name counts fully. The first two sentences add
// 0.5 (the lead states the topic), a title mention adds 1.5. Confidence = score / (score + 1).
//
// DOMAIN_TOPIC_THRESHOLD = 0.5 is score ≥ 1: one focused sentence, a title or lead mention plus a little more, or
// three enumerations. A domain named only in one list (0.26) or two (0.41) stays below it. Chosen on the
// evaluation set (lib/ingest/eval), where it meets the domain F1 target; see scripts/eval-extract.ts.
import { DOMAIN_SLUGS, type DomainSlug } from "@/lib/vocabulary/domains";
import type { Span } from "./chrome";
import { DOMAIN_TERMS } from "./domain-terms";
import { sentenceAt } from "./sentences";
import type { DomainMention, Evidence } from "./types";

export const DOMAIN_TOPIC_THRESHOLD = 0.5;

const WEIGHT_ALONE = 1;
const WEIGHT_PAIR = 0.75;
const WEIGHT_LIST = 0.35;
const LEAD_SENTENCES = 2;
const LEAD_BONUS = 0.5;
const TITLE_BONUS = 1.5;
const MAX_EVIDENCE = 10;

const byLength = (a: string, b: string) => b.length - a.length;

function compile(slug: DomainSlug): RegExp[] {
  const t = DOMAIN_TERMS[slug];
  const res: RegExp[] = [new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...t.latin].sort(byLength).join("|")})(?![\\p{L}])`, "giu")];
  if (t.open?.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...t.open].sort(byLength).join("|")})`, "giu"));
  if (t.cs?.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...t.cs].sort(byLength).join("|")})(?![\\p{L}\\p{N}])`, "gu"));
  if (t.han.length) res.push(new RegExp([...t.han].sort(byLength).join("|"), "gu"));
  return res;
}

const MATCHERS = DOMAIN_SLUGS.map((slug) => ({ slug, res: compile(slug) }));

type Mention = Span & { slug: DomainSlug; sentence: Span | undefined };

function findMentions(text: string, sentences: Span[]): Mention[] {
  const mentions: Mention[] = [];
  for (const { slug, res } of MATCHERS) {
    const own: Mention[] = [];
    for (const re of res) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (own.some((o) => start < o.end && o.start < end)) continue;
        own.push({ slug, start, end, sentence: sentenceAt(sentences, start) });
      }
    }
    mentions.push(...own);
  }
  return mentions;
}

export function mentionsDomain(text: string): DomainSlug[] {
  return [...new Set(findMentions(text, []).map((m) => m.slug))];
}

export function extractDomains(masked: string, original: string, sentences: Span[], title: string | undefined, named: Span[]): DomainMention[] {
  const mentions = findMentions(masked, sentences);
  const domainsPerSentence = new Map<Span, Set<DomainSlug>>();
  for (const m of mentions) {
    if (!m.sentence) continue;
    domainsPerSentence.set(m.sentence, (domainsPerSentence.get(m.sentence) ?? new Set()).add(m.slug));
  }
  const lead = new Set(sentences.slice(0, LEAD_SENTENCES));
  const inTitle = new Set(title ? mentionsDomain(title) : []);
  const out: DomainMention[] = [];
  for (const slug of DOMAIN_SLUGS) {
    const own = mentions.filter((m) => m.slug === slug).sort((a, b) => a.start - b.start);
    if (own.length === 0) continue;
    const perSentence = new Map<Span | undefined, number>();
    let leadBonus = 0;
    for (const m of own) {
      const count = m.sentence ? (domainsPerSentence.get(m.sentence)?.size ?? 1) : 1;
      let weight = count <= 1 ? WEIGHT_ALONE : count === 2 ? WEIGHT_PAIR : WEIGHT_LIST;
      if (named.some((n) => m.start >= n.start && m.end <= n.end)) weight = WEIGHT_ALONE;
      perSentence.set(m.sentence, Math.max(perSentence.get(m.sentence) ?? 0, weight));
      if (m.sentence && lead.has(m.sentence)) leadBonus = LEAD_BONUS;
    }
    const score = [...perSentence.values()].reduce((a, b) => a + b, 0) + leadBonus + (inTitle.has(slug) ? TITLE_BONUS : 0);
    const evidence: Evidence[] = own.slice(0, MAX_EVIDENCE).map((m) => ({ quote: original.slice(m.start, m.end), start: m.start, end: m.end }));
    out.push({ slug, confidence: Math.round((score / (score + 1)) * 100) / 100, evidence });
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}
