// Token streams for tolerant name matching. Names match on stems, so case, hyphens/dashes, spacing, apostrophes,
// British/American spelling ("Centre"/"Center"/"Zentrum"), plurals, German inflection and compounds all compare equal,
// while offsets still map back to the original characters.

import { UNSPACED_SCRIPT } from "@/lib/search/fold";

export type Token = { stem: string; start: number; end: number; raw: string };

// Han characters are tokens of their own: Chinese has no spaces, so names must match at any character. So are
// Thai, Lao, Khmer and Myanmar characters (vowel and tone marks included, UNSPACED_SCRIPT): those scripts write words
// without spaces too, and a run of them is no word — "เข้าร่วมโครงการ mBridge" holds the alias "โครงการ mBridge" mid-run.
const ONE_CHARACTER = `\\p{Script=Han}|${UNSPACED_SCRIPT.source}`;
const TOKEN_RE = new RegExp(
  `${ONE_CHARACTER}|(?:(?!${ONE_CHARACTER})[\\p{L}\\p{N}])+(?:['’](?:(?!\\p{Script=Han})\\p{L})+)*`,
  "gu",
);
const HAN_RE = new RegExp(ONE_CHARACTER, "u");

/** Function words that variants drop or add ("Innovation and Cooperation Centre", "中国与东盟"). */
// prettier-ignore
const STOPWORDS = new Set([
  "of", "and", "the", "for", "on", "in", "to", "a", "an", "und", "für", "der", "die", "das", "des", "dem", "den", "zur",
  "zum", "im", "von", "vom", "mit", "的", "与", "和", "及",
]);

const SPELLINGS: [RegExp, string][] = [
  [/centre/gu, "center"],
  // German names translate the head noun: "…-Zentrum" is the catalog's "… Center".
  [/zentrum|zentren/gu, "center"],
  [/programme/gu, "program"],
  [/harbour/gu, "harbor"],
  [/dialogue/gu, "dialog"],
  [/organisation/gu, "organization"],
  [/ß/gu, "ss"],
  [/['’]s$/gu, ""],
  [/['’]/gu, ""],
];

// Suffixes stripped (at most twice, keeping ≥ 4 letters) so "Centres"/"Center" and "asiatischen"/"asiatischer" meet.
const SUFFIXES = ["en", "er", "es", "em", "e", "s", "n"];
const MIN_STEM = 4;

export function stem(word: string): string {
  let s = word.toLowerCase();
  if (HAN_RE.test(s)) return s;
  for (const [re, to] of SPELLINGS) s = s.replace(re, to);
  if (/\d/u.test(s)) return s;
  for (let round = 0; round < 2; round++) {
    const suffix = SUFFIXES.find((x) => s.endsWith(x) && s.length - x.length >= MIN_STEM);
    if (!suffix) break;
    s = s.slice(0, -suffix.length);
  }
  return s;
}

/** `text` as a regular expression matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** Content tokens of `text` (stopwords dropped), with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    if (isStopword(m[0])) continue;
    tokens.push({ stem: stem(m[0]), start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  return tokens;
}

/** Stems glued together, so spacing and compounding do not matter; plus maps from stream offsets to tokens. */
export type Stream = { squashed: string; tokenAt: Int32Array; isStart: Uint8Array; isEnd: Uint8Array; tokens: Token[] };

export function buildStream(tokens: Token[]): Stream {
  const squashed = tokens.map((t) => t.stem).join("");
  const tokenAt = new Int32Array(squashed.length + 1).fill(-1);
  const isStart = new Uint8Array(squashed.length + 1);
  const isEnd = new Uint8Array(squashed.length + 1);
  let pos = 0;
  tokens.forEach((t, i) => {
    isStart[pos] = 1;
    for (let k = 0; k < t.stem.length; k++) tokenAt[pos + k] = i;
    pos += t.stem.length;
    isEnd[pos] = 1;
  });
  return { squashed, tokenAt, isStart, isEnd, tokens };
}

/** Restricted Damerau–Levenshtein distance, capped: returns max+1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}
