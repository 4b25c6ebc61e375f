// Links catalog entries (initiatives or actors) by name and alias, in any language and with small variations.
// Two passes over a stemmed token stream: squashed exact matches (spacing, hyphens, compounds, inflection), then a
// bounded fuzzy pass (dropped/added words or a one-letter typo, never a replaced word) for longer names.
import { isAcronym, nameVariants } from "./name-variants";
import { editDistance, tokenize, type Stream, type Token } from "./normalise";
import type { CatalogEntry } from "./types";

export type LinkMatch = { slug: string; name: string; start: number; end: number; confidence: number; exact: boolean };

type Variant = { slug: string; name: string; text: string; squashed: string; stems: string[]; acronyms: string[] };

const CONFIDENCE_VERBATIM = 1;
const CONFIDENCE_NORMALISED = 0.9;
const CONFIDENCE_FUZZY = 0.7;
/** A long Latin stem may differ by one letter (a typo) and still count as the same word. */
const TYPO_MIN_LENGTH = 6;
/** At most this many misspelt words in one name, on top of the allowed dropped/added words. */
const MAX_TYPOS = 1;

function allowedEdits(tokenCount: number): number {
  if (tokenCount >= 10) return 2;
  return tokenCount >= 5 ? 1 : 0;
}

function stemsEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < TYPO_MIN_LENGTH || b.length < TYPO_MIN_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  return !/\p{Script=Han}/u.test(a) && editDistance(a, b, 1) <= 1;
}

/** Cheap filter before alignment: alias stems with no exact twin in the window must be typos or edits. */
function missingStems(alias: string[], tokens: Token[], from: number, maxEdits: number): number {
  const end = Math.min(tokens.length, from + alias.length + maxEdits);
  let missing = 0;
  for (const a of alias) {
    let found = false;
    for (let j = from; j < end && !found; j++) found = tokens[j]!.stem === a;
    if (!found) missing++;
  }
  return missing;
}

type StemEquality = (a: string, b: string) => boolean;

/** Fuzzy comparisons repeat a lot (every "China-ASEAN" in a text against every alias); cache them per text. */
function memoised(): StemEquality {
  const cache = new Map<string, boolean>();
  return (a, b) => {
    if (a === b) return true;
    if (a.length < TYPO_MIN_LENGTH || b.length < TYPO_MIN_LENGTH || Math.abs(a.length - b.length) > 1) return false;
    const key = `${a}\u0000${b}`;
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = stemsEqual(a, b);
      cache.set(key, hit);
    }
    return hit;
  };
}

/** Token-level edit distance between the alias and every text window starting at `from`; best end and cost. */
function alignAt(
  alias: string[],
  tokens: Token[],
  from: number,
  maxEdits: number,
  equal: StemEquality,
): { end: number; cost: number } | null {
  const m = alias.length;
  const maxLen = Math.min(tokens.length - from, m + maxEdits);
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let best: { end: number; cost: number } | null = null;
  for (let j = 1; j <= maxLen; j++) {
    const cur = [j];
    for (let i = 1; i <= m; i++) {
      // Only dropped or added words: a replaced word (老挝 for 东盟) makes a different name, not a variant.
      const sub = equal(alias[i - 1]!, tokens[from + j - 1]!.stem) ? prev[i - 1]! : Infinity;
      cur[i] = Math.min(sub, prev[i]! + 1, cur[i - 1]! + 1);
    }
    const cost = cur[m]!;
    // The window must end on a token that matches the alias's last token, or trailing junk would be included.
    if (cost <= maxEdits && (!best || cost < best.cost) && equal(alias[m - 1]!, tokens[from + j - 1]!.stem)) {
      best = { end: from + j - 1, cost };
    }
    prev = cur;
  }
  return best;
}

/** Names ending in "(ADGMIN)" match up to the acronym; the quote takes the closing bracket too. */
function closingBracket(text: string, start: number, end: number): number {
  const quote = text.slice(start, end);
  const open = (quote.match(/[(（]/gu) ?? []).length;
  const close = (quote.match(/[)）]/gu) ?? []).length;
  return open > close && /[)）]/u.test(text[end] ?? "") ? end + 1 : end;
}

export type Linker = { link: (stream: Stream, original: string) => LinkMatch[] };

export function createLinker(entries: CatalogEntry[]): Linker {
  const variants: Variant[] = entries
    .flatMap((entry) =>
      nameVariants(entry.name, entry.aliases).map((text) => {
        const tokens = tokenize(text);
        return {
          slug: entry.slug,
          name: entry.name,
          text,
          squashed: tokens.map((t) => t.stem).join(""),
          stems: tokens.map((t) => t.stem),
          acronyms: tokens.map((t) => t.raw).filter(isAcronym),
        };
      }),
    )
    .filter((v) => v.squashed.length >= 2);
  const byFirstStem = new Map<string, Variant[]>();
  for (const v of variants) {
    if (allowedEdits(v.stems.length) === 0) continue;
    const list = byFirstStem.get(v.stems[0]!) ?? [];
    list.push(v);
    byFirstStem.set(v.stems[0]!, list);
  }

  function exactMatches(stream: Stream, original: string): LinkMatch[] {
    const out: LinkMatch[] = [];
    for (const v of variants) {
      for (
        let pos = stream.squashed.indexOf(v.squashed);
        pos !== -1;
        pos = stream.squashed.indexOf(v.squashed, pos + 1)
      ) {
        const endPos = pos + v.squashed.length;
        if (!stream.isStart[pos] || !stream.isEnd[endPos]) continue;
        const first = stream.tokens[stream.tokenAt[pos]!]!;
        const last = stream.tokens[stream.tokenAt[endPos - 1]!]!;
        const end = closingBracket(original, first.start, last.end);
        const quote = original.slice(first.start, end);
        if (v.acronyms.some((a) => !quote.includes(a))) continue;
        const confidence = quote === v.text ? CONFIDENCE_VERBATIM : CONFIDENCE_NORMALISED;
        out.push({ slug: v.slug, name: v.name, start: first.start, end, confidence, exact: true });
      }
    }
    return out;
  }

  function fuzzyMatches(stream: Stream): LinkMatch[] {
    const out: LinkMatch[] = [];
    const equal = memoised();
    const { tokens } = stream;
    for (let i = 0; i < tokens.length; i++) {
      for (const v of byFirstStem.get(tokens[i]!.stem) ?? []) {
        const second = v.stems[1];
        if (second !== undefined && !tokens.slice(i + 1, i + 3).some((t) => equal(second, t.stem))) continue;
        const maxEdits = allowedEdits(v.stems.length);
        if (missingStems(v.stems, tokens, i, maxEdits) > maxEdits + MAX_TYPOS) continue;
        const hit = alignAt(v.stems, tokens, i, maxEdits, equal);
        if (!hit) continue;
        const confidence = Math.round((CONFIDENCE_FUZZY - 0.1 * hit.cost) * 100) / 100;
        out.push({
          slug: v.slug,
          name: v.name,
          start: tokens[i]!.start,
          end: tokens[hit.end]!.end,
          confidence,
          exact: false,
        });
      }
    }
    return out;
  }

  return {
    link(stream, original) {
      return resolveOverlaps([...exactMatches(stream, original), ...fuzzyMatches(stream)]);
    },
  };
}

/**
 * Keeps the best reading of each stretch of text: a match inside a longer one is dropped ("ASEAN Digital
 * Ministers' Meeting" inside "China-ASEAN Digital Ministers' Meeting"), and fuzzy matches yield to exact ones.
 * Two different entries matching the very same span equally well are both ambiguous and both dropped.
 */
export function resolveOverlaps(matches: LinkMatch[]): LinkMatch[] {
  const sorted = [...matches].sort(
    (a, b) => Number(b.exact) - Number(a.exact) || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence,
  );
  const kept: LinkMatch[] = [];
  for (const m of sorted) {
    const clash = kept.find((k) => m.start < k.end && k.start < m.end);
    if (!clash) {
      kept.push(m);
      continue;
    }
    const sameSpan = clash.start === m.start && clash.end === m.end;
    if (sameSpan && clash.slug === m.slug) continue;
    if (!m.exact && !clash.exact && sameSpan && clash.confidence === m.confidence && clash.slug !== m.slug) {
      kept.splice(kept.indexOf(clash), 1, { ...clash, confidence: -1 });
    }
  }
  return kept.filter((k) => k.confidence >= 0).sort((a, b) => a.start - b.start);
}
