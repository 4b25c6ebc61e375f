import { describe, expect, it } from "vitest";
import { binLevel, mapBins, mapSummary } from "./map-scale";

describe("map classes", () => {
  it("keeps zero apart and gives small maxima one class per value", () => {
    expect(mapBins(0).map((b) => b.label)).toEqual(["None"]);
    expect(mapBins(3).map((b) => b.label)).toEqual(["None", "1", "2", "3"]);
  });

  it("splits larger maxima into at most four equal-width ranges that end at the maximum", () => {
    const bins = mapBins(17);
    expect(bins.map((b) => b.label)).toEqual(["None", "1–5", "6–10", "11–15", "16–17"]);
    expect([0, 1, 5, 6, 17].map((n) => binLevel(n, bins))).toEqual([0, 1, 1, 2, 4]);
  });
});

describe("mapSummary", () => {
  it("names the largest and the countries with none", () => {
    expect(
      mapSummary([
        { name: "China", count: 5 },
        { name: "Thailand", count: 2 },
        { name: "Brunei", count: 0 },
        { name: "Timor-Leste", count: 0 },
      ]),
    ).toBe("2 of 4 countries have initiatives. The most involve China (5) and Thailand (2); none involve Brunei or Timor-Leste.");
    expect(mapSummary([{ name: "China", count: 0 }])).toMatch(/No initiative/);
  });
});
