// Query and text normalisation for searching the region's languages (ARCHITECTURE L1). Pure, used on both sides of
// the database: the SQL function search_fold (migration 0011) applies the same table to what is indexed.

/** Letters without a decomposition that still carry a diacritic or stroke. */
const EXTRA: Record<string, string> = {
  đ: "d",
  Đ: "D",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  Ŧ: "T",
  ƀ: "b",
  ɨ: "i",
};
const RANGES: [number, number][] = [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
];

/** The character table of search_fold: every Latin letter that is an ASCII letter plus combining marks, and EXTRA. */
export function foldTable(): { from: string; to: string } {
  let from = "";
  let to = "";
  for (const [first, last] of RANGES) {
    for (let code = first; code <= last; code++) {
      const ch = String.fromCharCode(code);
      const nfd = ch.normalize("NFD");
      if (nfd.length > 1 && /^[A-Za-z][\u0300-\u036f]+$/u.test(nfd)) {
        from += ch;
        to += nfd[0];
      }
    }
  }
  for (const [ch, base] of Object.entries(EXTRA)) {
    from += ch;
    to += base;
  }
  return { from, to };
}

const TABLE = (() => {
  const { from, to } = foldTable();
  return new Map([...from].map((ch, i) => [ch, to[i]!]));
})();

/**
 * "Cáp quang biển" → "Cap quang bien": one character for one, so offsets into the folded text are offsets into the
 * original (highlighting relies on it). Text must be NFC, as stored text and form input are.
 */
export function foldDiacritics(text: string): string {
  let out = "";
  for (const ch of text) out += TABLE.get(ch) ?? ch;
  return out;
}

/** Scripts written without spaces between words, which the text-search parser reads as one long token. */
export const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/**
 * The words of a query in Thai, Lao, Khmer or Burmese, found by ICU's dictionary-based word breaker (Intl.Segmenter):
 * "สายเคเบิลจีน" → ["สาย", "เคเบิล", "จีน"]. Latin words and numbers in the query are kept as they are.
 */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text.normalize("NFC"))) if (s.isWordLike) words.push(s.segment);
  return [...new Set(words)];
}
