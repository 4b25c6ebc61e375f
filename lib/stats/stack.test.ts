import { describe, expect, it } from "vitest";
import { listLargest, pivotStatusCells, sortByTotal, stackTable, statusesPresent, summarizeStack, yearCategories } from "./stack";

const categories = [
  { key: "5g", label: "5G" },
  { key: "ai", label: "AI" },
  { key: "cloud", label: "Cloud" },
];

describe("stacked status data", () => {
  const rows = pivotStatusCells(
    [
      { key: "5g", status: "operational", count: 2 },
      { key: "5g", status: "proposed", count: 1 },
      { key: "ai", status: "in-progress", count: 4 },
      { key: "unknown", status: "proposed", count: 9 },
    ],
    categories,
  );

  it("pivots cells into one row per category with every status, ignoring unknown keys", () => {
    expect(rows.map((r) => [r.key, r.total])).toEqual([["5g", 3], ["ai", 4], ["cloud", 0]]);
    expect(rows[0]!.counts).toMatchObject({ operational: 2, proposed: 1, agreed: 0 });
  });

  it("sorts by total, keeping the given order for ties", () => {
    expect(sortByTotal(rows).map((r) => r.key)).toEqual(["ai", "5g", "cloud"]);
    const tied = pivotStatusCells([], categories);
    expect(sortByTotal(tied).map((r) => r.key)).toEqual(["5g", "ai", "cloud"]);
  });

  it("lists only the statuses that occur, in vocabulary order, as the table's columns", () => {
    expect(statusesPresent(rows)).toEqual(["proposed", "in-progress", "operational"]);
    expect(stackTable(rows, "Domain")).toEqual({
      header: ["Domain", "Proposed", "In progress", "Operational", "Total"],
      rows: [["5G", 1, 0, 2, 3], ["AI", 0, 4, 0, 4], ["Cloud", 0, 0, 0, 0]],
    });
  });

  it("fills the years between the first and the last", () => {
    const years = yearCategories([
      { key: "2019", status: "proposed", count: 1 },
      { key: "2016", status: "agreed", count: 1 },
    ]);
    expect(years.map((y) => y.key)).toEqual(["2016", "2017", "2018", "2019"]);
    expect(yearCategories([])).toEqual([]);
  });

  it("summarises in words: the largest, the dominant status and the empty ones", () => {
    expect(listLargest(rows)).toBe("AI (4) and 5G (3)");
    expect(summarizeStack(rows, { one: "domain", many: "domains" })).toBe(
      "2 domains with initiatives; the most in AI (4) and 5G (3). In AI, 4 of 4 in progress. 1 domain has none.",
    );
    expect(summarizeStack(pivotStatusCells([], categories), { one: "domain", many: "domains" })).toMatch(/No initiatives/);
  });
});
