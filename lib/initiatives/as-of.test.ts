import { describe, expect, it } from "vitest";
import { applyAsOf, isMilestoneKnown } from "./as-of";
import type { CitationView, InitiativeDetail, MilestoneView, SourceRef, StatusChangeView } from "./detail";

// A constructed history: proposed (2023-03) → agreed (2024-06) → in-progress (2025-02) → operational (2025-09).
const source = (id: number, published: string | null): SourceRef => ({
  id,
  title: `Source ${id}`,
  publisher: "Example",
  url: null,
  published: published ? { date: published, precision: "day" } : null,
  language: "en",
  publisherCountry: null,
  sourceType: "independent-press",
  hasText: false,
});
let nextCitation = 1;
const cite = (s: SourceRef, claimType: CitationView["claimType"]): CitationView => ({
  id: nextCitation++,
  claimType,
  quote: null,
  quoteStart: null,
  quoteEnd: null,
  note: "Reported.",
  isVerified: true,
  source: s,
});
const S2023 = source(1, "2023-03-10");
const S2024 = source(2, "2024-06-20");
const S2025 = source(3, "2025-09-15");
const UNDATED = source(4, null);

const change = (id: number, from: StatusChangeView["from"], to: StatusChangeView["to"], date: string, s: SourceRef): StatusChangeView => ({
  id,
  from,
  to,
  effective: { date, precision: "day" },
  note: "",
  createdAt: new Date("2026-01-01"),
  citations: [cite(s, "status-change")],
});
const milestone = (id: number, date: string, sources: SourceRef[], isPlanned = false): MilestoneView => ({
  id,
  kind: "other",
  description: `Milestone ${id}`,
  date: { date, precision: "day" },
  isPlanned,
  isVerified: true,
  citations: sources.map((s) => cite(s, "milestone")),
});

function history(): InitiativeDetail {
  const statusHistory = [
    change(1, null, "proposed", "2023-03-01", S2023),
    change(2, "proposed", "agreed", "2024-06-01", S2024),
    change(3, "agreed", "in-progress", "2025-02-01", S2025), // effective in February, reported only in September
    change(4, "in-progress", "operational", "2025-09-01", S2025),
  ];
  const milestones = [
    milestone(1, "2023-03-01", [S2023]),
    milestone(2, "2024-06-01", [S2024]),
    milestone(3, "2024-01-15", [S2025]), // happened early, reported late: unknown until the report
    milestone(4, "2024-03-01", [UNDATED]), // no dated source: known from its own date
    milestone(5, "2026-06-01", [S2024], true), // a plan announced in 2024
  ];
  const claimCitations = [cite(S2023, "initiative")];
  const all = [...statusHistory.flatMap((s) => s.citations), ...milestones.flatMap((m) => m.citations), ...claimCitations];
  const sources = [S2025, S2024, S2023, UNDATED].map((s) => ({ ...s, citations: all.filter((c) => c.source.id === s.id) }));
  return {
    id: 1,
    slug: "constructed",
    name: "Constructed",
    summary: "",
    status: "operational",
    statusSince: { date: "2025-09-01", precision: "day" },
    scope: "bilateral",
    reviewedOn: "2025-10-01",
    sites: [],
    version: 7,
    createdAt: new Date("2023-03-10"),
    updatedAt: new Date("2025-09-20"),
    dates: {
      firstAnnounced: { date: "2023-03-01", precision: "month" },
      plannedStart: null,
      actualStart: { date: "2025-02-01", precision: "month" },
      plannedEnd: { date: "2027-01-01", precision: "year" },
      actualEnd: null,
    },
    parent: null,
    supersededBy: null,
    children: [],
    conflictNotes: [],
    aliases: [],
    domains: [],
    countries: [],
    actors: [],
    milestones,
    statusHistory,
    claimCitations,
    sources,
    lastEvidenceOn: "2025-09-15",
    evidenceCount: 4,
    isPossiblyStalled: false,
  };
}

describe("applyAsOf", () => {
  it("hides the initiative before it was announced or had a status", () => {
    expect(applyAsOf(history(), "2023-02-28")).toBeNull();
    expect(applyAsOf(history(), "2023-03-01")).not.toBeNull();
  });

  it("replays the status from the history", () => {
    expect(applyAsOf(history(), "2023-12-31")?.status).toBe("proposed");
    expect(applyAsOf(history(), "2024-06-01")?.status).toBe("agreed");
    expect(applyAsOf(history(), "2025-03-01")).toMatchObject({ status: "in-progress", statusSince: { date: "2025-02-01" } });
    expect(applyAsOf(history(), "2030-01-01")?.status).toBe("operational");
    expect(applyAsOf(history(), "2024-12-31")?.statusHistory.map((s) => s.to)).toEqual(["proposed", "agreed"]);
  });

  it("keeps milestones known by then: by their sources' dates, or their own when no source is dated", () => {
    const ids = (asOf: string) => applyAsOf(history(), asOf)?.milestones.map((m) => m.id);
    expect(ids("2023-12-31")).toEqual([1]);
    expect(ids("2024-03-01")).toEqual([1, 4]);
    expect(ids("2024-12-31")).toEqual([1, 2, 4, 5]);
    expect(ids("2025-09-15")).toEqual([1, 2, 3, 4, 5]);
    expect(isMilestoneKnown(milestone(9, "2024-01-01", [S2025, S2023]), "2023-12-31")).toBe(true);
  });

  it("keeps sources published by then, with only their known citations, and recomputes evidence", () => {
    const then = applyAsOf(history(), "2024-12-31")!;
    expect(then.sources.map((s) => s.id)).toEqual([2, 1, 4]);
    expect(then.sources.find((s) => s.id === 2)!.citations).toHaveLength(3); // status change, milestone 2, plan 5
    expect(then).toMatchObject({ lastEvidenceOn: "2024-06-20", evidenceCount: 3 });
    expect(then.dates.actualStart).toBeNull();
    expect(then.dates.plannedEnd).toEqual({ date: "2027-01-01", precision: "year" });
  });

  it("flags an unfinished initiative possibly stalled relative to the as-of date", () => {
    expect(applyAsOf(history(), "2024-07-01")?.isPossiblyStalled).toBe(false);
    expect(applyAsOf(history(), "2025-08-31")?.isPossiblyStalled).toBe(true); // agreed/in-progress, last evidence June 2024
    expect(applyAsOf(history(), "2026-01-01")?.isPossiblyStalled).toBe(false);
  });
});
