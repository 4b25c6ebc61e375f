// Marking the matched words of a query in a passage, with or without diacritics, for match explanations.
import { UNSPACED_SCRIPT, foldDiacritics, segmentWords } from "./fold";

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

/** What to look for: the whole query, or for Thai, Lao, Khmer and Burmese each of its words. */
export function queryTerms(q: string): string[] {
  const terms = UNSPACED_SCRIPT.test(q) ? segmentWords(q) : [q.trim()];
  return terms.filter((t) => t.length > 0);
}

const key = (text: string) => foldDiacritics(text).toLowerCase();

/** Whether `text` contains every term, ignoring case and diacritics. */
export function containsTerms(text: string, terms: string[]): boolean {
  const folded = key(text);
  return terms.length > 0 && terms.every((t) => folded.includes(key(t)));
}

/**
 * A database headline (ts_headline) re-marked when its words match the query only without diacritics: the text-search
 * parsers see "cáp" and "cap" as different words, so the headline would mark only the words spelled the same.
 */
export function remarkFolded(headline: string, q: string): string {
  const plain = headline.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
  return matchesOnlyFolded(plain, q) ? highlightTerms(plain, queryTerms(q)) : headline;
}

/** Whether `text` holds the query only when diacritics are ignored ("cap quang bien" in "cáp quang biển"). */
export function matchesOnlyFolded(text: string, q: string): boolean {
  return !text.toLowerCase().includes(q.toLowerCase()) && key(text).includes(key(q));
}

/** Offset of the first term in `text` (ignoring case and diacritics), or -1. */
export function firstTermAt(text: string, terms: string[]): number {
  const folded = key(text);
  const hits = terms.map((t) => folded.indexOf(key(t))).filter((i) => i >= 0);
  return hits.length ? Math.min(...hits) : -1;
}

/**
 * Every occurrence of every term between the markers, longest terms first, never overlapping. Folding keeps one
 * character for one (and lower-casing does for the scripts we fold), so offsets in the folded text are offsets here.
 */
export function highlightTerms(text: string, terms: string[]): string {
  const folded = key(text);
  const marks: [number, number][] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const k = key(term);
    if (!k) continue;
    for (let at = folded.indexOf(k); at >= 0; at = folded.indexOf(k, at + k.length)) {
      const end = at + k.length;
      if (!marks.some(([s, e]) => at < e && s < end)) marks.push([at, end]);
    }
  }
  if (folded.length !== text.length) return text;
  marks.sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [s, e] of marks) {
    out += `${text.slice(from, s)}${HIGHLIGHT_START}${text.slice(s, e)}${HIGHLIGHT_END}`;
    from = e;
  }
  return out + text.slice(from);
}
