// Countries named in the text: China and the ASEAN members, by name, variant, adjective, demonym or Chinese
// abbreviation. Collective references ("ASEAN countries", "东盟国家") name no country, so they are not matched.
import { COUNTRY_CODES, COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import {
  BILATERAL,
  BILATERAL_FOLLOWERS,
  HAN_TERMS,
  IMPLIED_TERMS,
  KANA_HANGUL_TERMS,
  LATIN_TERMS,
  NOT_A_COUNTRY,
  UNSPACED_TERMS,
} from "./country-terms";
import type { Span } from "./chrome";
import { escapeRegExp } from "./normalise";
import { sentenceAt, splitSentences } from "./sentences";
import type { CountryMention, Evidence } from "./types";

const isHan = (s: string) => /\p{Script=Han}/u.test(s);
const byLength = (a: string, b: string) => b.length - a.length;

/**
 * A Thai, Lao or Khmer vowel sign, tone mark or coeng: a name followed by one ends mid-syllable, inside another word.
 * Burmese marks are left out: မြန်မာ့ ("Myanmar's") ends in one.
 */
const THAI_LAO_KHMER_MARK = "[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECD\\u17B6-\\u17D3\\u17DD]";

type CountryMatcher = { code: CountryCode; names: RegExp[]; implied: RegExp[] };

/** Latin-script terms (regex fragments) at word boundaries; none for an empty list. */
const latinRe = (terms: string[], flags: string) =>
  terms.length ? [new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...terms].sort(byLength).join("|")})(?![\\p{L}])`, flags)] : [];
/** Thai, Lao, Khmer and Burmese terms (literal), anywhere but before a mark that would put them mid-word. */
const unspacedRe = (terms: string[]) =>
  terms.length
    ? [new RegExp(`(?:${terms.map(escapeRegExp).sort(byLength).join("|")})(?!${THAI_LAO_KHMER_MARK})`, "gu")]
    : [];

function compileMatchers(): CountryMatcher[] {
  return COUNTRY_CODES.map((code) => {
    const info = COUNTRY_INFO[code];
    const vocab = [info.nameEn, info.nameDe, ...info.variants].filter((v) => !isHan(v)).map(escapeRegExp);
    const han = [...HAN_TERMS[code], info.nameZh, ...info.variants.filter(isHan)].map(escapeRegExp).sort(byLength);
    return {
      code,
      names: [
        ...latinRe([...LATIN_TERMS[code], ...vocab], "giu"),
        new RegExp(han.join("|"), "gu"),
        ...unspacedRe(UNSPACED_TERMS[code]),
        new RegExp(KANA_HANGUL_TERMS[code].join("|"), "gu"),
      ],
      implied: [...latinRe(IMPLIED_TERMS[code].latin, "gu"), ...unspacedRe(IMPLIED_TERMS[code].unspaced)],
    };
  });
}

const BILATERAL_RE = new RegExp(
  `中(${BILATERAL.map((b) => escapeRegExp(b.partner)).join("|")})(?=${BILATERAL_FOLLOWERS})`,
  "gu",
);

const MATCHERS = compileMatchers();

/** A sentence setting the country against the story's subject: "aims to compete with Singapore and Malaysia". */
const RIVALRY = new RegExp(
  `(?<![\\p{L}])(?:${[
    "compet(?:e|es|ed|ing|ition)\\s+(?:\\p{L}+\\s+){0,2}(?:with|against)",
    "rivals?",
    "rivall?ing",
    "vying",
    "vie[sd]?\\s+(?:with|for)",
    "second\\s+only\\s+to",
    "lag(?:s|ging)?\\s+behind",
    "outpac\\p{L}*",
    "cạnh\\s+tranh\\s+với",
    "bersaing\\s+dengan",
  ].join("|")})(?![\\p{L}])`,
  "iu",
);

export type CountryReading = {
  /**
   * Read the text as a news article, for what it is about: also the countries its firms and agencies imply
   * (IMPLIED_TERMS), and not a country named only as a rival ("aims to compete with Singapore"). Off for short
   * texts such as search queries, where only names count.
   */
  article?: boolean;
};

/** A country named only in sentences that compare it with the story's subject. */
function isRival(text: string, evidence: Evidence[], sentences: Span[]): boolean {
  return evidence.every((e) => {
    const sentence = sentenceAt(sentences, e.start);
    return sentence !== undefined && RIVALRY.test(text.slice(sentence.start, sentence.end));
  });
}

/** Scans a chrome-masked text; evidence quotes come from `original` (same offsets). */
export function extractCountries(
  text: string,
  original: string,
  { article = false }: CountryReading = {},
): CountryMention[] {
  const masked = text.replace(NOT_A_COUNTRY, (m) => " ".repeat(m.length));
  const found = new Map<CountryCode, Evidence[]>();
  const add = (code: CountryCode, start: number, end: number) => {
    const list = found.get(code) ?? [];
    if (!list.some((e) => e.start === start)) list.push({ quote: original.slice(start, end), start, end });
    found.set(code, list);
  };
  for (const { code, names, implied } of MATCHERS) {
    for (const re of article ? [...names, ...implied] : names)
      for (const m of masked.matchAll(re)) add(code, m.index, m.index + m[0].length);
  }
  for (const m of masked.matchAll(BILATERAL_RE)) {
    const partner = m[1]!;
    const code = BILATERAL.find((b) => b.partner === partner)!.code;
    add("CN", m.index, m.index + 1);
    add(code, m.index + 1, m.index + 1 + partner.length);
  }
  const sentences = article ? splitSentences(masked) : [];
  return [...found.entries()]
    .filter(([, evidence]) => !article || !isRival(masked, evidence, sentences))
    .map(([code, evidence]) => ({ code, evidence: evidence.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
