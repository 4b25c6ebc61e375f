import { describe, expect, it } from "vitest";
import { isAcceptableAsSuggested, planFromPrevious, type PreviousDecision } from "./bulk";
import type { TypedPayload } from "./payloads";
import type { SuggestionKind } from "./vocabulary";

let id = 1;
const s = (typed: TypedPayload, status: "pending" | "accepted" = "pending") => ({ id: id++, kind: typed.kind as SuggestionKind, typed, status });
const country = (code: "CN" | "LA" | "TH", initiativeSlug: string | null) => s({ kind: "country", payload: { code, evidence: [], initiativeSlug } });
const link = (slug: string) => s({ kind: "initiative-link", payload: { slug, name: slug, evidence: [] } });
const domain = (slug: "ai" | "5g", initiativeSlug: string | null) => s({ kind: "domain", payload: { slug, evidence: [], initiativeSlug } });
const event = () => s({ kind: "milestone", payload: { date: "2025", precision: "year", resolved: false, evidence: [], initiativeSlug: "a", kind: "other", isPlanned: false, description: "x" } });

describe("isAcceptableAsSuggested", () => {
  it("needs a target initiative, and never takes a new-initiative candidate or a status change", () => {
    expect(isAcceptableAsSuggested(link("a"))).toBe(true);
    expect(isAcceptableAsSuggested(country("CN", "a"))).toBe(true);
    expect(isAcceptableAsSuggested(country("CN", null))).toBe(false);
    expect(isAcceptableAsSuggested(s({ kind: "new-initiative", payload: { name: "Park", evidence: [] } }))).toBe(false);
    expect(isAcceptableAsSuggested({ ...link("a"), status: "accepted" })).toBe(false);
    const statusChange = s({
      kind: "status-change",
      payload: { initiativeSlug: "a", fromStatus: "agreed", toStatus: "operational", effectiveOn: "2025", precision: "year", eventKind: "in-service", backwards: false, note: "x", evidence: [] },
    });
    expect(isAcceptableAsSuggested(statusChange)).toBe(false);
  });
});

describe("planFromPrevious", () => {
  const previous: PreviousDecision[] = [
    { kind: "initiative-link", value: "a", status: "accepted", initiativeSlug: "a" },
    { kind: "initiative-link", value: "b", status: "rejected", initiativeSlug: null },
    { kind: "country", value: "LA", status: "edited", initiativeSlug: "a" },
    { kind: "country", value: "TH", status: "accepted", initiativeSlug: "a" },
    { kind: "country", value: "TH", status: "rejected", initiativeSlug: null },
    { kind: "domain", value: "5g", status: "rejected", initiativeSlug: null },
  ];
  it("applies accepts and rejects to pending suggestions of the same kind and value", () => {
    const current = [link("a"), link("b"), link("c"), country("LA", null), country("TH", "a"), domain("5g", "a"), domain("ai", "a"), event()];
    const plan = planFromPrevious(previous, current);
    expect(plan.map((p) => [p.kind, p.value, p.decision, p.initiativeSlug])).toEqual([
      ["initiative-link", "a", "accept", undefined],
      ["initiative-link", "b", "reject", undefined],
      ["country", "LA", "accept", "a"],
      ["domain", "5g", "reject", undefined],
    ]);
  });
  it("accepts on the initiative the previous decision went to, else on this suggestion's own", () => {
    const [p] = planFromPrevious(previous, [country("LA", "z")]);
    expect(p).toMatchObject({ decision: "accept", initiativeSlug: "a" });
    const [q] = planFromPrevious([{ kind: "country", value: "LA", status: "accepted", initiativeSlug: null }], [country("LA", "z")]);
    expect(q).toMatchObject({ decision: "accept", initiativeSlug: "z" });
  });
  it("plans nothing without a previous article", () => {
    expect(planFromPrevious([], [link("a")])).toEqual([]);
  });
});
