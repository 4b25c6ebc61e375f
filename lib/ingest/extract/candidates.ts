// Candidate NEW initiatives: named programmes, centres, plans, agreements, associations and cables that match no
// catalog entry. Suggestions for an editor, so they are deduplicated and kept conservative.
import { buildStream, tokenize } from "./normalise";
import {
  DE_CANDIDATE,
  DE_PLACE_ADJECTIVE,
  DE_PROPER_PREFIX,
  EN_CANDIDATE,
  EN_LEADING_NOISE,
  ZH_ANCHORS,
  ZH_HEADS,
  ZH_STOPS,
} from "./candidate-patterns";
import type { Span } from "./chrome";

export type Candidate = Span & { name: string };

const ZH_WINDOW = 24;
const ZH_VERB_HEADS = new Set(["计划", "倡议", "对话"]);
const ZH_AFTER_VERB = /^[于在到将明今下从与对向把\d]/u;
const HEAD_RE = new RegExp(ZH_HEADS.join("|"), "gu");

/** "Later the Mekong Digital Programme" → after the article; "Bank of the Philippines Plan" keeps its "of the". */
function afterArticle(phrase: string): number {
  let cut = 0;
  for (const m of phrase.matchAll(/(?<=^|[ \t])(?:the|a|an)[ \t]+/giu)) {
    const before =
      phrase
        .slice(0, m.index)
        .trimEnd()
        .split(/[ \t]+/u)
        .at(-1)
        ?.toLowerCase() ?? "";
    if (!["of", "for", "on", "to", "in", "and"].includes(before)) cut = m.index + m[0].length;
  }
  return cut;
}

function englishCandidates(masked: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of masked.matchAll(EN_CANDIDATE)) {
    const cut = afterArticle(m[0]);
    let start = m.index + cut;
    let phrase = m[0].slice(cut);
    for (
      let lead = /^([\p{L}0-9&'’.]+)(?:[ \t]*[-‐‑–—][ \t]*|[ \t]+)/u.exec(phrase);
      lead;
      lead = /^([\p{L}0-9&'’.]+)(?:[ \t]*[-‐‑–—][ \t]*|[ \t]+)/u.exec(phrase)
    ) {
      const word = lead[1]!;
      if (!EN_LEADING_NOISE.has(word.toLowerCase()) && !/^\d+(?:st|nd|rd|th)?$/u.test(word)) break;
      start += lead[0].length;
      phrase = phrase.slice(lead[0].length);
    }
    // Need a real name before the head noun ("Digital Trade Centre"), not just "Action Plan" or "New Centre".
    if (phrase.split(/[ \t-]+/u).filter((w) => /^\p{Lu}/u.test(w)).length < 3) continue;
    out.push({ name: phrase, start, end: start + phrase.length });
  }
  return out;
}

function germanCandidates(masked: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of masked.matchAll(DE_CANDIDATE)) {
    const adjective = m[1] && DE_PLACE_ADJECTIVE.test(m[1]) ? m[1] : "";
    const compound = m[2]!;
    if (!adjective && !DE_PROPER_PREFIX.test(compound)) continue;
    const start = m.index + (m[1]?.length ?? 0) - adjective.length;
    const end = m.index + m[0].length;
    out.push({ name: masked.slice(start, end), start, end });
  }
  return out;
}

function chineseCandidates(masked: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of masked.matchAll(HEAD_RE)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && m.index - start < ZH_WINDOW && !ZH_STOPS.some((s) => masked.endsWith(s, start))) start--;
    // 计划/倡议/对话 double as verbs ("双方计划于2026年…"): not a name when a preposition or time word follows.
    if (ZH_VERB_HEADS.has(m[0]) && ZH_AFTER_VERB.test(masked.slice(end, end + 1))) continue;
    const segment = masked.slice(start, end);
    const anchor = ZH_ANCHORS.map((a) => segment.indexOf(a)).filter((i) => i >= 0 && i < segment.length - m[0].length);
    if (anchor.length === 0) continue;
    const from = start + Math.min(...anchor);
    if (end - from - m[0].length < 3) continue;
    out.push({ name: masked.slice(from, end), start: from, end });
  }
  return out;
}

/**
 * Longest first. A candidate overlapping a linked initiative, lying inside a linked actor's name ("ASEAN-China
 * Centre"), or inside a longer candidate is not a separate suggestion; one that merely contains an actor ("东盟") is.
 */
export function findCandidates(masked: string, initiatives: Span[], actors: Span[]): Candidate[] {
  const all = [...englishCandidates(masked), ...germanCandidates(masked), ...chineseCandidates(masked)].sort(
    (a, b) => b.end - b.start - (a.end - a.start),
  );
  const kept: Candidate[] = [];
  for (const c of all) {
    const overlaps = (s: Span) => c.start < s.end && s.start < c.end;
    const inside = (s: Span) => c.start >= s.start && c.end <= s.end;
    if (initiatives.some(overlaps) || actors.some(inside) || kept.some(overlaps)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Dedup key: the same normalisation the linker uses, so "Centre"/"Center" spellings merge. */
export function candidateKey(name: string): string {
  return buildStream(tokenize(name)).squashed;
}
