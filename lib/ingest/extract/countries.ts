// Countries named in the text: China and the ASEAN members, by name, variant, adjective, demonym or Chinese
// abbreviation. Collective references ("ASEAN countries", "东盟国家") name no country, so they are not matched.
import { COUNTRY_CODES, COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import { BILATERAL, BILATERAL_FOLLOWERS, HAN_TERMS, LATIN_TERMS, NOT_A_COUNTRY, UNSPACED_TERMS } from "./country-terms";
import { escapeRegExp } from "./normalise";
import type { CountryMention, Evidence } from "./types";

const isHan = (s: string) => /\p{Script=Han}/u.test(s);

/**
 * A Thai, Lao or Khmer vowel sign, tone mark or coeng: a name followed by one ends mid-syllable, inside another word.
 * Burmese marks are left out: မြန်မာ့ ("Myanmar's") ends in one.
 */
const THAI_LAO_KHMER_MARK = "[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECD\\u17B6-\\u17D3\\u17DD]";

type CountryMatcher = { code: CountryCode; latin: RegExp; han: RegExp; unspaced: RegExp };

function compileMatchers(): CountryMatcher[] {
  return COUNTRY_CODES.map((code) => {
    const info = COUNTRY_INFO[code];
    const vocab = [info.nameEn, info.nameDe, ...info.variants].filter((v) => !isHan(v)).map(escapeRegExp);
    const latin = [...LATIN_TERMS[code], ...vocab].sort((a, b) => b.length - a.length);
    const han = [...HAN_TERMS[code], info.nameZh, ...info.variants.filter(isHan)].map(escapeRegExp).sort((a, b) => b.length - a.length);
    const unspaced = UNSPACED_TERMS[code].map(escapeRegExp).sort((a, b) => b.length - a.length);
    return {
      code,
      latin: new RegExp(`(?<![\\p{L}\\p{N}])(?:${latin.join("|")})(?![\\p{L}])`, "giu"),
      han: new RegExp(han.join("|"), "gu"),
      unspaced: new RegExp(`(?:${unspaced.join("|")})(?!${THAI_LAO_KHMER_MARK})`, "gu"),
    };
  });
}

const BILATERAL_RE = new RegExp(
  `中(${BILATERAL.map((b) => escapeRegExp(b.partner)).join("|")})(?=${BILATERAL_FOLLOWERS})`,
  "gu",
);

const MATCHERS = compileMatchers();

/** Scans a chrome-masked text; evidence quotes come from `original` (same offsets). */
export function extractCountries(text: string, original: string): CountryMention[] {
  const masked = text.replace(NOT_A_COUNTRY, (m) => " ".repeat(m.length));
  const found = new Map<CountryCode, Evidence[]>();
  const add = (code: CountryCode, start: number, end: number) => {
    const list = found.get(code) ?? [];
    if (!list.some((e) => e.start === start)) list.push({ quote: original.slice(start, end), start, end });
    found.set(code, list);
  };
  for (const { code, ...res } of MATCHERS) {
    for (const re of Object.values(res)) for (const m of masked.matchAll(re)) add(code, m.index, m.index + m[0].length);
  }
  for (const m of masked.matchAll(BILATERAL_RE)) {
    const partner = m[1]!;
    const code = BILATERAL.find((b) => b.partner === partner)!.code;
    add("CN", m.index, m.index + 1);
    add(code, m.index + 1, m.index + 1 + partner.length);
  }
  return [...found.entries()]
    .map(([code, evidence]) => ({ code, evidence: evidence.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
