// Links by description: an article that names an initiative in its own words ("ByteDance is building a data centre
// in Johor", "Alibaba opens cloud data centres in Thailand") rather than by its catalogue name. The words of each name and alias are
// weighted by how rare they are across the catalogue (a place or a company says more than "China" or "cooperation"),
// and an initiative is linked when nearly all of that weight is found in the article's title and lead, where an
// article says what it is about. Such links are suggestions the review queue asks about, never confident ones.
import { nameVariants } from "./name-variants";
import { escapeRegExp, type Token, tokenize } from "./normalise";
import { UNSPACED_SCRIPT } from "@/lib/search/fold";
import type { CatalogEntry } from "./types";
import { COUNTRY_CODES, COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import { extractCountries } from "./countries";
import { NAME_WORDS } from "./name-lexicon";

export type DescriptionMatch = { slug: string; name: string; start: number; end: number; confidence: number };

/** The lead: where an article states its subject (the title is usually its first line). */
export const LEAD_CHARS = 400;
/** The longest stretch of text one description may span. */
const WINDOW_CHARS = 140;
/** Share of a name's weight, and of its rare words' weight, that must be found in the title and lead. */
const MIN_COVERAGE = 0.6;
const MIN_RARE_COVERAGE = 1;
/** A word in at most this share of the initiatives' names (and never more than two in a small catalogue) is rare. */
const RARE_SHARE = 0.025;
/** Described initiatives scoring within this much of the best one are kept beside it. */
const COMPETITION_MARGIN = 0.1;
/** At least this many of the name's words (or two rare ones, the head among them), so one rare word alone ("Johor") links nothing. */
const MIN_TERMS = 3;
/** A description is less certain than a name: below CONFIDENT_LINK, above LINK_SUGGESTION_THRESHOLD (entities.ts). */
export const CONFIDENCE_DESCRIBED = 0.6;
/** Names whose every word is common in the catalogue ("China-ASEAN Digital Cooperation") are not descriptions. */
const MIN_RARE_WEIGHT = 2;

const HAN = /\p{Script=Han}/u;

/** The parties a name can be about: "China-Laos …" is not "China-ASEAN …" with a word dropped. */
const PARTIES = new Set(
  ["ASEAN", ...COUNTRY_CODES.flatMap((c) => [COUNTRY_INFO[c].nameEn, COUNTRY_INFO[c].nameDe])].flatMap((n) =>
    tokenize(n).map((t) => t.stem),
  ),
);

/** The parties of China-ASEAN names, shared by dozens of them. */
const REGION_WIDE = new Set(["China", "ASEAN"].map((n) => tokenize(n)[0]!.stem));

/** `translated`: found as a name word in another language (NAME_WORDS) or as a country's name. */
type Term = { term: string; start: number; end: number; translated?: boolean };

/**
 * Words that say nothing about which initiative a name is: in a catalogue of names few contain "with" or "by", which
 * would make them rare, and so required.
 */
// prettier-ignore
const FUNCTION_WORDS = new Set(
  [
    "a", "an", "the", "of", "in", "on", "at", "by", "for", "with", "and", "or", "to", "from", "under", "its", "incl",
    "und", "der", "die", "das", "des", "mit", "für", "von", "im", "zur", "zum", "den", "dem",
    "dan", "di", "ke", "dari", "untuk", "yang", "dengan", "pada",
    "và", "của", "với", "cho", "các", "trong", "về",
    "de", "la", "le", "les", "et", "du", "en",
  ].flatMap((w) => tokenize(w).map((t) => t.stem)),
);

const SPACED = /^[\p{Script=Latin}\p{N}\s-]+$/u;

/** The name words of NAME_WORDS and the countries, found in an article in its own language, as the names' terms. */
const TRANSLATED = [
  ...NAME_WORDS.map(([english, forms]) => ({
    terms: tokenize(english).map((t) => t.stem),
    re: new RegExp(
      forms
        .map((f) => (SPACED.test(f) ? `(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?![\\p{L}\\p{N}])` : escapeRegExp(f)))
        .join("|"),
      "giu",
    ),
  })),
];

const COUNTRY_TERMS = Object.fromEntries(
  COUNTRY_CODES.map((c) => [c, tokenize(COUNTRY_INFO[c].nameEn).map((t) => t.stem)]),
) as Record<CountryCode, string[]>;

function translatedTerms(text: string): Term[] {
  const out: Term[] = [];
  for (const { terms, re } of TRANSLATED) {
    for (const m of text.matchAll(re)) {
      for (const term of terms) out.push({ term, start: m.index, end: m.index + m[0].length, translated: true });
    }
  }
  for (const c of extractCountries(text, text)) {
    for (const e of c.evidence)
      for (const term of COUNTRY_TERMS[c.code as CountryCode])
        out.push({ term, start: e.start, end: e.end, translated: true });
  }
  return out;
}

const UNSPACED = new RegExp(`${HAN.source}|${UNSPACED_SCRIPT.source}`, "u");

/**
 * A name's terms, read as an article's are: a name word or a country written in another language becomes the English
 * term ("Hợp tác trí tuệ nhân tạo Việt Nam - Trung Quốc" is "cooperation AI Vietnam China", "Viet Nam" is "Vietnam"),
 * so the syllables of a Vietnamese alias are not taken for rare words and aliases in any language weigh alike. A name
 * in Chinese or Thai is read so only when translated whole (`translated`): "中国—东盟数字经济合作年" without its 年
 * would describe any China-ASEAN digital economy cooperation.
 */
export function nameTerms(text: string): { terms: Term[]; translated: boolean } {
  const tokens = tokenize(text);
  const found = translatedTerms(text);
  // Plain ASCII ("Bangkok", "Viet Nam") is written so in English articles too: such words stay words of the name.
  const covered = (t: Token) =>
    found.some((x) => t.start >= x.start && t.end <= x.end && !/^[\x20-\x7e]+$/u.test(text.slice(x.start, x.end)));
  const unspaced = tokens.filter((t) => UNSPACED.test(t.raw));
  if (!unspaced.every(covered)) return { terms: termsOf(tokens), translated: false };
  const own = termsOf(tokens.filter((t) => !covered(t)));
  const terms = [...own, ...found.map(({ translated: _, ...t }) => t)].sort((a, b) => a.start - b.start);
  return { terms, translated: unspaced.length > 0 };
}

/** An article's terms: its own words, and those of its words that translate a name word or name a country. */
function articleTerms(text: string): Term[] {
  return [...termsOf(tokenize(text)), ...translatedTerms(text)].sort((a, b) => a.start - b.start);
}

/**
 * Stems of words written with spaces. Chinese, Thai and the other unspaced scripts are not cut into words here (their
 * characters are tokens of one): they count only through NAME_WORDS and country names (articleTerms), since
 * character pairs across word boundaries made descriptions match names that differ by a replaced word (中国—老挝… for
 * 中国—东盟…).
 */
export function termsOf(tokens: Token[]): Term[] {
  return tokens
    .filter((t) => !HAN.test(t.stem) && t.stem.length >= 2 && !/^\d+$/u.test(t.stem) && !FUNCTION_WORDS.has(t.stem))
    .map((t) => ({ term: t.stem, start: t.start, end: t.end }));
}

/** A name's head (Described.heads): its first word that is not a party, with any written "/" after it. */
function headsOf(text: string, terms: Term[]): string[] {
  const first = terms.findIndex((t) => !PARTIES.has(t.term));
  if (first < 0) return [];
  const heads = [terms[first]!.term];
  for (let i = first; i + 1 < terms.length && text.slice(terms[i]!.end, terms[i + 1]!.start).trim() === "/"; i++) {
    heads.push(terms[i + 1]!.term);
  }
  return heads;
}

type Described = {
  slug: string;
  name: string;
  terms: string[];
  parties: string[];
  /**
   * The first word that is not a party, what the name is about ("ByteDance …", "Alibaba Cloud …", "DITO …"), and any
   * written as its alternative ("ByteDance/TikTok …").
   */
  heads: string[];
  weight: number;
  rareWeight: number;
  /**
   * Read from Chinese or Thai through NAME_WORDS, whose words are generic: "中国—东盟电信部长会议" is found in any
   * article on a ministers' meeting without its head ("电信"), so the head is always required (rare words alone never do).
   */
  translated: boolean;
};

export type DescriptionLinker = (text: string, title?: string) => DescriptionMatch[];

export function createDescriptionLinker(entries: CatalogEntry[]): DescriptionLinker {
  // Document frequency over initiatives (not variants): a word in all of one initiative's aliases counts once.
  const df = new Map<string, number>();
  const perEntry = entries.map((entry) => {
    const spelt = nameVariants(entry.name, entry.aliases).map((v) => ({ text: v, ...nameTerms(v) }));
    const variants = spelt.map((v) => [...new Set(v.terms.map((t) => t.term))]);
    for (const term of new Set(variants.flat())) df.set(term, (df.get(term) ?? 0) + 1);
    return {
      entry,
      variants,
      heads: spelt.map((v) => headsOf(v.text, v.terms)),
      translated: spelt.map((v) => v.translated),
    };
  });
  const idf = (term: string) => Math.log((entries.length + 1) / (df.get(term) ?? 1));
  const rareDf = Math.max(2, Math.round(entries.length * RARE_SHARE));
  const isRare = (term: string) => (df.get(term) ?? 0) <= rareDf;
  const sum = (terms: string[]) => terms.reduce((a, t) => a + idf(t), 0);
  const described: Described[] = perEntry.flatMap(({ entry, variants, heads, translated }) =>
    variants.flatMap((terms, i) =>
      terms.length < MIN_TERMS
        ? []
        : [
            {
              slug: entry.slug,
              name: entry.name,
              terms,
              parties: terms.filter((t) => PARTIES.has(t)),
              heads: heads[i]!,
              weight: sum(terms),
              rareWeight: sum(terms.filter(isRare)),
              translated: translated[i]!,
            },
          ],
    ),
  );

  // Which initiatives have a spelling holding all of these terms: a description must point at one initiative only.
  const holders = new Map<string, Set<string>>();
  for (const d of described)
    for (const term of d.terms) (holders.get(term) ?? holders.set(term, new Set()).get(term)!).add(d.slug);
  const variantsOf = new Map<string, string[][]>();
  for (const { entry, variants } of perEntry) variantsOf.set(entry.slug, variants);
  const isDistinctive = (slug: string, terms: string[]) => {
    let candidates: Set<string> | undefined;
    // Rarest first: the candidates shrink to one or none after a word or two, even in a catalogue of thousands.
    const byRarity = [...terms].sort((a, b) => (holders.get(a)?.size ?? 0) - (holders.get(b)?.size ?? 0));
    for (const term of byRarity) {
      const next = new Set([...(holders.get(term) ?? [])].filter((s) => !candidates || candidates.has(s)));
      candidates = next;
      if (candidates.size <= 1) break;
    }
    if (!candidates || !candidates.has(slug)) return false;
    // Holding every term in one spelling, not scattered over several. With a member state among them, one they describe
    // rather than one merely containing them: "Alibaba Cloud … Malaysia" is the Malaysia region, not the Malaysia City
    // Brain run on Alibaba Cloud. China-ASEAN names share their words with too many others for that.
    const holds = (v: string[]) => terms.every((t) => v.includes(t));
    const member = terms.some((t) => PARTIES.has(t) && !REGION_WIDE.has(t));
    const covers = (v: string[]) => holds(v) && (!member || sum(terms) / sum(v) >= MIN_COVERAGE);
    return (
      variantsOf.get(slug)!.some(holds) && [...candidates].every((s) => s === slug || !variantsOf.get(s)!.some(covers))
    );
  };

  return (text, title) => {
    const terms = articleTerms(text.slice(0, Math.min(text.length, LEAD_CHARS)));
    // The title says what the article is about: its words count as found in every stretch of the lead (the evidence
    // stays in the text, where the stretch's own words are).
    const titled = title ? articleTerms(title) : [];
    const titleTerms = new Set(titled.map((t) => t.term));
    const titleOwnTerms = new Set(titled.filter((t) => !t.translated).map((t) => t.term));
    const leadTerms = new Set([...titleTerms, ...terms.map((t) => t.term)]);
    const leadParties = new Set([...leadTerms].filter((t) => PARTIES.has(t)));
    const titleMembers = [...titleTerms].filter((t) => PARTIES.has(t) && !REGION_WIDE.has(t));
    const best = new Map<string, DescriptionMatch & { score: number }>();
    // Every stretch of the lead up to WINDOW_CHARS long: a description is a phrase, not words scattered over a page.
    for (let i = 0; i < terms.length; i++) {
      const inWindow = new Map<string, Term>();
      for (let j = i; j < terms.length && terms[j]!.end - terms[i]!.start <= WINDOW_CHARS; j++) {
        // A word as written outranks the same word found in translation (a capital standing for its country).
        const seen = inWindow.get(terms[j]!.term);
        if (!seen || (seen.translated && !terms[j]!.translated)) inWindow.set(terms[j]!.term, terms[j]!);
      }
      if (inWindow.size + titleTerms.size < 2) continue;
      for (const d of described) {
        let matched = 0;
        let rare = 0;
        let start = Infinity;
        let end = -1;
        const found: string[] = [];
        let translated = false;
        for (const term of d.terms) {
          const at = inWindow.get(term);
          if (!at && !titleTerms.has(term)) continue;
          if (at ? at.translated : !titleOwnTerms.has(term)) translated ||= !PARTIES.has(term);
          matched += idf(term);
          if (isRare(term)) rare += idf(term);
          found.push(term);
          if (at) {
            start = Math.min(start, at.start);
            end = Math.max(end, at.end);
          }
        }
        // Two words are enough when both are rare and one is the head ("DITO Telecommunity …").
        const brand = found.length >= 2 && found.every(isRare) && d.heads.some((h) => found.includes(h));
        if ((found.length < MIN_TERMS && !brand) || end < 0) continue;
        // Found in translation, a name is a description only when every word of it is there: "人工智能…合作中心" is
        // the AI Application Cooperation Center only with 应用.
        if (translated && d.terms.some((t) => !PARTIES.has(t) && !found.includes(t))) continue;
        // A party of the name missing from the lead, which names another: a different name, not a description.
        if (d.parties.some((t) => !leadTerms.has(t)) && [...leadParties].some((t) => !d.parties.includes(t))) continue;
        // Nor a member state of the name missing from a title that names another: "中老人工智能合作…" is about Laos,
        // whatever its lead says of Thailand.
        const members = d.parties.filter((t) => !REGION_WIDE.has(t));
        if (members.some((t) => !titleTerms.has(t)) && titleMembers.some((t) => !members.includes(t))) continue;
        if (matched / d.weight < MIN_COVERAGE) continue;
        // Either the name's rare words are all there, or its head and the words found with it belong together to this
        // initiative alone ("Alibaba Cloud … Malaysia": no word of it is rare, their combination is; "data centre …
        // Johor" without "ByteDance" is someone else's).
        const rareEnough = !d.translated && d.rareWeight >= MIN_RARE_WEIGHT && rare / d.rareWeight >= MIN_RARE_COVERAGE;
        if (!rareEnough && !(d.heads.some((h) => found.includes(h)) && isDistinctive(d.slug, found))) continue;
        const score = matched / d.weight;
        const previous = best.get(d.slug);
        if (!previous || score > previous.score) {
          best.set(d.slug, { slug: d.slug, name: d.name, start, end, confidence: CONFIDENCE_DESCRIBED, score });
        }
      }
    }
    // Initiatives described by the same words compete: only the best-described (and any close to it) are kept.
    const top = Math.max(0, ...[...best.values()].map((m) => m.score));
    return [...best.values()].filter((m) => m.score >= top - COMPETITION_MARGIN).map(({ score: _, ...m }) => m);
  };
}
