import { describe, expect, it } from "vitest";
import { reviewArticle } from "./policy";
import { aggregate, formatTable, pooledLanguages, scoreArticle } from "./score";
import type { ApiSuggestion, RealLabels } from "./types";

const labels: RealLabels = {
  initiatives: ["ai-centre", "cable-x"],
  mentions: ["expo"],
  countries: ["CN", "LA"],
  domains: ["ai"],
  events: [
    { date: "2025-06-12", kind: "signed", initiative: "ai-centre" },
    { date: "2025-06-12", kind: "launched", initiative: "cable-x" },
    { date: "2024", kind: "announced", initiative: "ai-centre" },
  ],
  statusChange: null,
};

let next = 1;
const s = (kind: string, payload: Record<string, unknown>): ApiSuggestion => ({ id: next++, kind, status: "pending", confidence: 0.9, payload });

describe("the reviewer's policy", () => {
  const suggestions = [
    s("initiative-link", { slug: "ai-centre" }),
    s("initiative-link", { slug: "expo" }),
    s("initiative-link", { slug: "other-thing" }),
    s("country", { code: "CN", initiativeSlug: "expo" }),
    s("country", { code: "TH", initiativeSlug: "ai-centre" }),
    s("domain", { slug: "ai", initiativeSlug: "cable-x" }),
    s("domain", { slug: "5g", initiativeSlug: null }),
    s("milestone", { date: "2025-06-12", kind: "signed", initiativeSlug: "ai-centre" }),
    s("milestone", { date: "2024", kind: "other", initiativeSlug: null }),
    s("milestone", { date: "2023-01", kind: "other", initiativeSlug: null }),
    s("new-initiative", { name: "Some Park" }),
    s("actor", { slug: "huawei" }),
  ];
  const judged = reviewArticle(labels, suggestions);
  const by = (id: number) => judged.find((j) => j.suggestionId === suggestions[id]!.id)!;

  it("accepts subjects, rejects mentions and wrong links", () => {
    expect(by(0)).toMatchObject({ correct: true, decision: { decision: "accept" } });
    expect(by(1)).toMatchObject({ correct: false, decision: { decision: "reject" }, reason: "mentioned only" });
    expect(by(2)).toMatchObject({ correct: false, reason: "not in the article" });
  });
  it("puts a correct country or domain on the article's initiative, rejects wrong ones", () => {
    expect(by(3).decision).toEqual({ decision: "accept", suggestionId: suggestions[3]!.id, initiativeSlug: "ai-centre" });
    expect(by(4).decision).toMatchObject({ decision: "reject" });
    expect(by(5).decision).toMatchObject({ decision: "accept", initiativeSlug: "cable-x" });
    expect(by(6).decision).toMatchObject({ decision: "reject" });
  });
  it("accepts a dated event matching a labelled date, set to the labelled kind and initiative", () => {
    expect(by(7)).toMatchObject({ correct: true, decision: { initiativeSlug: "ai-centre", milestoneKind: "signed" }, reason: "as labelled" });
    expect(by(8)).toMatchObject({ correct: true, decision: { initiativeSlug: "ai-centre", milestoneKind: "announced" } });
    expect(by(8).reason).toMatch(/set to the labelled one/);
    expect(by(9)).toMatchObject({ correct: false, decision: { decision: "reject" } });
  });
  it("rejects candidates for new initiatives and leaves unlabelled actors pending", () => {
    expect(by(10).decision).toMatchObject({ decision: "reject" });
    expect(by(11)).toMatchObject({ decision: null, reason: "not labelled" });
  });
  it("leaves a correct country pending when the article is about no catalog initiative", () => {
    const [j] = reviewArticle({ ...labels, initiatives: [] }, [s("country", { code: "CN", initiativeSlug: null })]);
    expect(j).toMatchObject({ correct: true, decision: null });
  });

  it("scores distinct values per field and events by matched date, listing what was missed", () => {
    const score = scoreArticle("en", labels, judged);
    expect(score.counts.initiatives).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(score.counts.countries).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.counts.domains).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.counts.events).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.missed).toEqual({ initiatives: ["cable-x"], countries: ["LA"], domains: [], events: [{ date: "2025-06-12", kind: "launched", initiative: "cable-x" }] });
  });
});

describe("aggregation", () => {
  const perfect = (language: string) => scoreArticle(language, { ...labels, events: [] }, reviewArticle({ ...labels, events: [] }, [s("initiative-link", { slug: "ai-centre" }), s("initiative-link", { slug: "cable-x" })]));
  const scores = [...Array.from({ length: 5 }, () => perfect("en")), perfect("de"), perfect("km")];

  it("pools languages with fewer than five articles as other, and sums counts (micro-average)", () => {
    const rows = aggregate(scores);
    expect(rows.map((r) => [r.scope, r.articles])).toEqual([
      ["en", 5],
      ["other", 2],
      ["all", 7],
    ]);
    expect(rows[2]!.metrics.initiatives).toMatchObject({ tp: 14, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    // No countries suggested: precision is vacuous (1), recall 0.
    expect(rows[2]!.metrics.countries).toMatchObject({ tp: 0, fn: 14, precision: 1, recall: 0, f1: 0 });
    expect(pooledLanguages(scores)).toEqual(["de", "km"]);
  });
  it("prints a markdown table with P / R / F1 per field", () => {
    const table = formatTable(aggregate(scores), pooledLanguages(scores));
    expect(table.split("\n")[0]).toBe("| Language | Articles | Initiative links P / R / F1 | Countries P / R / F1 | Domains P / R / F1 | Dated events P / R / F1 |");
    expect(table).toContain("| other (de, km) | 2 | 1.00 / 1.00 / 1.00 | 1.00 / 0.00 / 0.00 |");
    expect(table).toContain("| **all** | 7 |");
  });
});
