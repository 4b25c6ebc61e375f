// Sentence spans, used for event text, domain list detection and context years. Rule-based on purpose:
// abbreviations, German ordinals ("22. Januar", "5. ASEAN-Treffen") and dotted dates must not end a sentence.
import type { Span } from "./chrome";

// prettier-ignore
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nr", "vs", "etc", "co", "ltd", "inc", "corp", "jr", "sr", "gen",
    "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca", "bzw",
    "vgl", "z", "b", "u", "a", "d", "h", "s", "e", "g", "i", "dt", "engl", "chin", "abs", "str", "min", "mio", "mrd",
    "bn",
  ].map((a) => a.toLowerCase()),
);

const CJK_ENDS = new Set(["。", "！", "？", "；"]);

function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if (CJK_ENDS.has(ch ?? "")) return true;
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  const next = text[i + 1];
  if (next !== undefined && !/[\s"'“”‘’»«)\]」』]/u.test(next)) return false;
  if (ch !== ".") return true;
  const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? "";
  // German ordinals ("22. Januar", "5. ASEAN") and initials ("U.S.") are not sentence ends; 4-digit years are.
  if (/^\d{1,2}$/u.test(word)) return false;
  if (/\./u.test(word) && /^(?:\p{L}\.)+\p{L}?$/u.test(word + ".")) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

/** Trimmed sentence spans; newlines always end a sentence. Empty/whitespace-only stretches are dropped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\n") {
      push(i);
      start = i + 1;
    } else if (endsSentenceAt(text, i)) {
      let end = i + 1;
      // Closing quotes belong to the sentence; after 。 a “ opens the next one, after German "." it closes this one.
      const closers = CJK_ENDS.has(text[i]!) ? /[”’」』）)]/u : /["'“”‘’»«)\]」』]/u;
      while (end < text.length && closers.test(text[end]!)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}

/** Index of the sentence containing `offset` (binary search; spans are sorted). */
export function sentenceAt(spans: Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
