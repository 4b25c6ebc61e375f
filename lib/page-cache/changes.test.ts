// Which changes reach which cached pages: the rules the page cache's correctness rests on (lib/page-cache/changes.ts).
import { describe, expect, it } from "vitest";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { type Change, isReached, listDependency, parseScope, type Signature } from "./changes";

const sig = (over: Partial<Signature> = {}): Signature => ({
  status: "in-progress",
  scope: "bilateral",
  announced: "2024-05-01",
  domains: ["ai"],
  countries: ["CN", "VN"],
  actors: [7],
  sourceTypes: ["state-media"],
  ...over,
});
const edit = (before: Signature | null, after: Signature | null, initiativeId = 1): Change => ({
  generation: 2,
  scope: "initiative",
  initiativeId,
  before,
  after,
});
const view = (query: string, actorIds: number[] = []) =>
  listDependency(parseFiltersLenient(new URLSearchParams(query)), actorIds);

describe("isReached", () => {
  it("the dashboard and other whole-data pages: by any change, not by none", () => {
    expect(isReached({ kind: "everything" }, [])).toBe(false);
    expect(isReached({ kind: "everything" }, [{ generation: 2, scope: "sources" }])).toBe(true);
  });

  it("a list view: by an initiative it lists, before or after the change", () => {
    const ai = view("domain=ai&country=VN");
    expect(isReached(ai, [edit(sig(), sig())])).toBe(true); // a listed initiative's text changed
    expect(isReached(ai, [edit(sig({ domains: ["5g"] }), sig())])).toBe(true); // enters the view
    expect(isReached(ai, [edit(sig(), null)])).toBe(true); // deleted from it
    expect(isReached(ai, [edit(null, sig())])).toBe(true); // created in it
  });

  it("a list view: by an unlisted initiative only when a facet count it is in moves", () => {
    const ai = view("domain=ai&country=VN");
    const thaiAi = sig({ countries: ["CN", "TH"] }); // fails the country filter only: counted in the country facet
    expect(isReached(ai, [edit(thaiAi, thaiAi)])).toBe(false); // text only: counts unchanged
    expect(isReached(ai, [edit(thaiAi, { ...thaiAi, status: "operational" })])).toBe(true); // counted, and it moved
    const thai5g = sig({ domains: ["5g"], countries: ["TH"] }); // fails both: in no count of this view
    expect(isReached(ai, [edit(thai5g, { ...thai5g, status: "operational" })])).toBe(false);
  });

  it("a list view: filters that are not facets leave out what they exclude, before and after", () => {
    const local = view("scope=local&domain=ai");
    const regional = sig({ scope: "region-wide" });
    expect(isReached(local, [edit(regional, { ...regional, status: "operational" })])).toBe(false);
    expect(isReached(local, [edit(regional, { ...regional, scope: "bilateral" })])).toBe(true);
    const recent = view("from=2025&domain=ai");
    expect(isReached(recent, [edit(sig(), sig({ status: "completed" }))])).toBe(false); // announced 2024
    expect(isReached(recent, [edit(sig({ announced: null }), sig({ announced: null, status: "completed" }))])).toBe(
      false,
    );
  });

  it("a list view: by actor filters given as ids, by new or renamed actors, and never by a bare new source", () => {
    const byActor = view("actor=huawei", [7]);
    expect(isReached(byActor, [edit(sig(), sig())])).toBe(true);
    expect(isReached(view("actor=zte", [8]), [edit(sig(), sig())])).toBe(false);
    expect(isReached(view("domain=ai"), [{ generation: 2, scope: "actors" }])).toBe(true);
    expect(isReached(view("domain=ai"), [{ generation: 2, scope: "sources" }])).toBe(false);
  });

  it("an as-of view replays history: it depends on everything", () => {
    expect(view("asOf=2025-01-01&domain=ai")).toEqual({ kind: "everything" });
  });

  it("an initiative page: by the initiatives it shows, and by any change to what relatedness is computed from", () => {
    const page = { kind: "initiative" as const, ids: [1, 2] };
    expect(isReached(page, [edit(sig(), sig({ status: "completed" }), 2)])).toBe(true);
    expect(isReached(page, [edit(sig(), sig({ status: "completed" }), 3)])).toBe(false);
    expect(isReached(page, [edit(sig(), sig({ domains: ["ai", "5g"] }), 3)])).toBe(true);
    expect(
      isReached(page, [
        { generation: 2, scope: "sources" },
        { generation: 3, scope: "actors" },
      ]),
    ).toBe(false);
    expect(isReached(page, [{ generation: 2, scope: "all" }])).toBe(true);
  });

  it("holds a bulk import's sources back until the import ends, which then reaches what a new source reaches", () => {
    const batched = [parseScope(2, "sources@import-7"), parseScope(3, "sources@import-7")];
    expect(batched[0]).toEqual({ generation: 2, scope: "batched", batch: "import-7" });
    expect(isReached({ kind: "everything" }, batched)).toBe(false);
    const ended = [...batched, parseScope(4, "batch-end@import-7")];
    expect(isReached({ kind: "everything" }, ended)).toBe(true);
    expect(isReached(view("domain=ai"), ended)).toBe(false);
    expect(isReached({ kind: "initiative", ids: [1] }, ended)).toBe(false);
    expect(parseScope(5, "something-new")).toEqual({ generation: 5, scope: "all" });
  });
});
