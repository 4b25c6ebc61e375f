// What the review page's bulk controls may decide, as pure functions the page (to count and list first) and the
// tests share: which pending suggestions can be accepted exactly as suggested, and which decisions of the article
// reviewed before apply here (the same initiative, country, domain or actor).
import type { TypedPayload } from "./payloads";
import type { SuggestionKind, SuggestionStatus } from "./vocabulary";

type Reviewable = { id: number; kind: SuggestionKind; typed: TypedPayload | null; status: SuggestionStatus };

/**
 * Accepting as suggested needs a target initiative: a candidate for a new one, or a fact without one, needs a person.
 * So does a status change: it is checked against the initiative's version the editor saw, and its direction is a
 * judgement (a step backwards is often an old event retold).
 */
export function isAcceptableAsSuggested(s: Reviewable): boolean {
  if (s.status !== "pending" || !s.typed) return false;
  switch (s.typed.kind) {
    case "initiative-link":
      return true;
    case "new-initiative":
    case "status-change":
      return false;
    default:
      return s.typed.payload.initiativeSlug !== null;
  }
}

/** The value two suggestions of different articles share when they are "the same": a dated event never is. */
export function suggestionValue(typed: TypedPayload | null): string | null {
  if (!typed) return null;
  switch (typed.kind) {
    case "initiative-link":
    case "domain":
    case "actor":
      return typed.payload.slug;
    case "country":
      return typed.payload.code;
    default:
      return null;
  }
}

export type PreviousDecision = { kind: SuggestionKind; value: string; status: Exclude<SuggestionStatus, "pending">; initiativeSlug: string | null };
export type PlannedDecision = { suggestionId: number; kind: SuggestionKind; value: string; decision: "accept" | "reject"; initiativeSlug?: string };

/**
 * The previous article's decisions carried over to this article's pending suggestions of the same kind and value.
 * An acceptance goes to the initiative the previous one went to (the editor's decision, often a correction of the
 * suggested one), else to this suggestion's own; a rejection is a rejection. Values decided both ways are left alone.
 */
export function planFromPrevious(previous: PreviousDecision[], current: Reviewable[]): PlannedDecision[] {
  const byKey = new Map<string, PreviousDecision | "mixed">();
  for (const p of previous) {
    const key = `${p.kind}|${p.value}`;
    const seen = byKey.get(key);
    const accepted = (d: PreviousDecision) => d.status !== "rejected";
    byKey.set(key, seen === undefined ? p : seen === "mixed" || accepted(seen) !== accepted(p) ? "mixed" : seen);
  }
  const out: PlannedDecision[] = [];
  for (const s of current) {
    const value = suggestionValue(s.typed);
    if (s.status !== "pending" || value === null) continue;
    const before = byKey.get(`${s.kind}|${value}`);
    if (!before || before === "mixed") continue;
    if (before.status === "rejected") {
      out.push({ suggestionId: s.id, kind: s.kind, value, decision: "reject" });
      continue;
    }
    const own = s.typed && s.typed.kind !== "initiative-link" && s.typed.kind !== "new-initiative" && s.typed.kind !== "milestone" ? s.typed.payload.initiativeSlug : null;
    const initiativeSlug = s.kind === "initiative-link" ? undefined : (before.initiativeSlug ?? own ?? undefined);
    if (s.kind !== "initiative-link" && !initiativeSlug) continue;
    out.push({ suggestionId: s.id, kind: s.kind, value, decision: "accept", ...(initiativeSlug ? { initiativeSlug } : {}) });
  }
  return out;
}
