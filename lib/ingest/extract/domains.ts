// Domains with a confidence that separates an article's topics from passing mentions.
//
// Each sentence mentioning a domain adds a weight: 1 when the sentence reports an action, plan or activity
// (domain-cues.ts), 0.75 otherwise (background, opinion), 0.35 when the mention is only an item of an enumeration
// of three or more domains ("5G, cloud computing, data centres and the Internet of Things"); a second mention of
// the domain in the same sentence adds 0.25 (up to 1). A mention inside a linked initiative's name is never a list
// item and counts as activity. The first two sentences add 0.5 (the lead states the topic), a title mention adds 1.5.
// A hint ("digital economy" for digital trade) weighs WEAK_FACTOR of all that. Confidence = score / (score + 1).
//
// DOMAIN_TOPIC_THRESHOLD = 0.5 means score ≥ 1: one sentence reporting activity in the domain, two sentences that
// merely mention it, a title or lead mention with a little more, or three enumerations. A single background
// mention (0.43) or a domain found only in one or two lists (0.26, 0.41) stays below it. Chosen on the evaluation
// set (lib/ingest/eval): it is the lowest threshold that keeps passing mentions out, and meets the F1 target.
import { DOMAIN_SLUGS, type DomainSlug } from "@/lib/vocabulary/domains";
import type { Span } from "./chrome";
import { ACTION_CUE } from "./domain-cues";
import { DOMAIN_TERMS, WEAK_DOMAIN_TERMS } from "./domain-terms";
import { SEA_DOMAIN_TERMS } from "./domain-terms-sea";
import { sentenceAt } from "./sentences";
import type { DomainMention, Evidence } from "./types";

export const DOMAIN_TOPIC_THRESHOLD = 0.5;

const WEIGHT_ACTION = 1;
const WEIGHT_MENTION = 0.75;
const WEIGHT_LIST = 0.35;
const WEIGHT_REPEAT = 0.25;
/**
 * A hint (WEAK_DOMAIN_TERMS) weighs 0.4 of a term: it makes a topic when it runs through the article (three sentences
 * reporting activity, two and the lead, or the title and one more), not from a lead mention and one aside.
 */
const WEAK_FACTOR = 0.4;
const MIN_LIST_DOMAINS = 3;
/** Two mentions are neighbours in an enumeration when at most this much text, with a separator, lies between. */
const MAX_LIST_GAP = 24;
const LIST_GAP =
  /^[^.!?。！？;；]*(?:[,，、/]|\s(?:and|und|or|oder|sowie|và|hoặc|dan|serta|atau|at|o)\s|和|及|与|或|และ|หรือ)[^.!?。！？;；]*$/u;
/** "etc." closes an enumeration; what follows is a new clause. */
const LIST_END = /等|etc\.?|usw\.?|and so on|und so weiter|v\.v\.?|dll\.?|dan lain-lain|ฯลฯ|เป็นต้น/u;
const LEAD_SENTENCES = 2;
const LEAD_BONUS = 0.5;
const TITLE_BONUS = 1.5;
const MAX_EVIDENCE = 10;

const byLength = (a: string, b: string) => b.length - a.length;

/**
 * Latin-script terms end where a Latin letter or digit does not continue them. Chinese and the unspaced scripts (Thai,
 * Lao, Khmer, Burmese) glue acronyms to their words ("的5G网络", "เทคโนโลยีAI"), so their letters are no boundary.
 */
const BEFORE = "(?<![\\p{Script=Latin}\\p{N}])";
const AFTER = "(?![\\p{Script=Latin}])";

type Matcher = { re: RegExp; weak: boolean };

function compile(slug: DomainSlug): Matcher[] {
  const t = DOMAIN_TERMS[slug];
  const sea = SEA_DOMAIN_TERMS[slug];
  const latin = [...t.latin, ...sea.latin].sort(byLength);
  const res: RegExp[] = [new RegExp(`${BEFORE}(?:${latin.join("|")})${AFTER}`, "giu")];
  if (t.open?.length) res.push(new RegExp(`${BEFORE}(?:${[...t.open].sort(byLength).join("|")})`, "giu"));
  if (t.cs?.length)
    res.push(new RegExp(`${BEFORE}(?:${[...t.cs].sort(byLength).join("|")})(?![\\p{Script=Latin}\\p{N}])`, "gu"));
  res.push(new RegExp([...t.han, ...sea.unspaced].sort(byLength).join("|"), "gu"));
  const hints = WEAK_DOMAIN_TERMS[slug];
  const weak = hints
    ? [
        new RegExp(`${BEFORE}(?:${[...hints.latin].sort(byLength).join("|")})${AFTER}`, "giu"),
        new RegExp([...hints.unspaced].sort(byLength).join("|"), "gu"),
      ]
    : [];
  return [...res.map((re) => ({ re, weak: false })), ...weak.map((re) => ({ re, weak: true }))];
}

const MATCHERS = DOMAIN_SLUGS.map((slug) => ({ slug, matchers: compile(slug) }));

type Mention = Span & { slug: DomainSlug; sentence: Span | undefined; weak: boolean };

function findMentions(text: string, sentences: Span[]): Mention[] {
  const mentions: Mention[] = [];
  for (const { slug, matchers } of MATCHERS) {
    const own: Mention[] = [];
    for (const { re, weak } of matchers) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (own.some((o) => start < o.end && o.start < end)) continue;
        own.push({ slug, start, end, sentence: sentenceAt(sentences, start), weak });
      }
    }
    mentions.push(...own);
  }
  return mentions;
}

/** Where each domain is named in `text`: its terms in every language the lexicons hold (hints do not name it). */
export function domainSpans(text: string): (Span & { slug: DomainSlug })[] {
  return findMentions(text, [])
    .filter((m) => !m.weak)
    .map(({ slug, start, end }) => ({ slug, start, end }));
}

export function mentionsDomain(text: string): DomainSlug[] {
  return [...new Set(domainSpans(text).map((m) => m.slug))];
}

/** Mentions that are items of an enumeration naming at least MIN_LIST_DOMAINS different domains. */
function listItems(text: string, mentions: Mention[]): Set<Mention> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const items = new Set<Mention>();
  let chain: Mention[] = [];
  const close = () => {
    if (new Set(chain.map((m) => m.slug)).size >= MIN_LIST_DOMAINS) chain.forEach((m) => items.add(m));
    chain = [];
  };
  for (const m of sorted) {
    const prev = chain.at(-1);
    const gap = prev ? text.slice(prev.end, m.start) : "";
    if (prev && !(m.start >= prev.end && gap.length <= MAX_LIST_GAP && LIST_GAP.test(gap) && !LIST_END.test(gap)))
      close();
    chain.push(m);
  }
  close();
  return items;
}

/** Whether the mention's sentence, without the mention itself ("capacity-building"), reports an action. */
function reportsAction(text: string, m: Mention): boolean {
  if (!m.sentence) return false;
  return ACTION_CUE.test(text.slice(m.sentence.start, m.start) + " " + text.slice(m.end, m.sentence.end));
}

export function extractDomains(
  masked: string,
  original: string,
  sentences: Span[],
  title: string | undefined,
  named: Span[],
): DomainMention[] {
  const mentions = findMentions(masked, sentences);
  const inList = listItems(masked, mentions);
  const lead = new Set(sentences.slice(0, LEAD_SENTENCES));
  const titleMentions = title ? findMentions(title, []) : [];
  const out: DomainMention[] = [];
  for (const slug of DOMAIN_SLUGS) {
    const own = mentions.filter((m) => m.slug === slug).sort((a, b) => a.start - b.start);
    if (own.length === 0) continue;
    const perSentence = new Map<Span | undefined, number>();
    let leadBonus = 0;
    for (const m of own) {
      const factor = m.weak ? WEAK_FACTOR : 1;
      // A hint inside a linked initiative's name ("Dialogue on Digital Economy Co-operation") names no topic.
      const isNamed = !m.weak && named.some((n) => m.start >= n.start && m.end <= n.end);
      const base = isNamed
        ? WEIGHT_ACTION
        : inList.has(m)
          ? WEIGHT_LIST
          : reportsAction(masked, m)
            ? WEIGHT_ACTION
            : WEIGHT_MENTION;
      const weight = base * factor;
      const before = perSentence.get(m.sentence);
      perSentence.set(
        m.sentence,
        before === undefined ? weight : Math.min(1, Math.max(before, weight) + WEIGHT_REPEAT * factor),
      );
      if (m.sentence && lead.has(m.sentence)) leadBonus = Math.max(leadBonus, LEAD_BONUS * factor);
    }
    const inTitle = titleMentions.filter((m) => m.slug === slug);
    const titleBonus = inTitle.length ? TITLE_BONUS * (inTitle.some((m) => !m.weak) ? 1 : WEAK_FACTOR) : 0;
    const score = [...perSentence.values()].reduce((a, b) => a + b, 0) + leadBonus + titleBonus;
    const evidence: Evidence[] = own
      .slice(0, MAX_EVIDENCE)
      .map((m) => ({ quote: original.slice(m.start, m.end), start: m.start, end: m.end }));
    out.push({ slug, confidence: Math.round((score / (score + 1)) * 100) / 100, evidence });
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}
