// Where each cited passage sits in a source's stored text, and the text cut into runs so that every passage can be
// highlighted (passages may overlap or nest; each run knows every passage that covers it).

export type PassageInput = { id: number; quote: string | null; quoteStart: number | null; quoteEnd: number | null };
export type LocatedPassage = { id: number; start: number; end: number };
export type TextRun = { text: string; start: number; citationIds: number[]; startsCitationIds: number[] };

/**
 * Trusts stored offsets when they select exactly the quote (or there is no quote to compare); otherwise finds the
 * quote in the text — offsets go stale if a text is re-normalised. Passages that cannot be found are left out.
 */
export function locatePassages(text: string, passages: readonly PassageInput[]): LocatedPassage[] {
  const out: LocatedPassage[] = [];
  for (const p of passages) {
    const { quoteStart: s, quoteEnd: e } = p;
    const offsetsFit = s !== null && e !== null && s >= 0 && e > s && e <= text.length;
    if (offsetsFit && (p.quote === null || text.slice(s, e) === p.quote)) {
      out.push({ id: p.id, start: s, end: e });
      continue;
    }
    if (!p.quote) continue;
    const at = text.indexOf(p.quote);
    if (at < 0) {
      // Whitespace differences only (line breaks in the stored text): match on a whitespace-insensitive pattern.
      const pattern = p.quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
      const m = pattern ? new RegExp(pattern).exec(text) : null;
      if (m) out.push({ id: p.id, start: m.index, end: m.index + m[0].length });
      continue;
    }
    out.push({ id: p.id, start: at, end: at + p.quote.length });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
}

/** Cuts the text at every passage boundary. Runs outside any passage have no citation ids. */
export function splitIntoRuns(text: string, passages: readonly LocatedPassage[]): TextRun[] {
  const cuts = new Set<number>([0, text.length]);
  for (const p of passages) {
    cuts.add(Math.max(0, Math.min(text.length, p.start)));
    cuts.add(Math.max(0, Math.min(text.length, p.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  const started = new Set<number>();
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = passages.filter((p) => p.start <= start && p.end >= end);
    const startsHere = covering.filter((p) => !started.has(p.id)).map((p) => p.id);
    for (const id of startsHere) started.add(id);
    runs.push({ text: text.slice(start, end), start, citationIds: covering.map((p) => p.id), startsCitationIds: startsHere });
  }
  return runs;
}
