import { describe, expect, it } from "vitest";
import { countScale, labelStep } from "./stack-scale";

describe("countScale", () => {
  it("uses whole steps of 1, 2 or 5 × 10ⁿ and a round top", () => {
    expect(countScale(3).ticks).toEqual([0, 1, 2, 3]);
    expect(countScale(7)).toMatchObject({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countScale(10).ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(countScale(23)).toMatchObject({ top: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(countScale(480).top).toBe(500);
    expect(countScale(4_321).ticks).toEqual([0, 1_000, 2_000, 3_000, 4_000, 5_000]);
  });

  it("draws an empty chart on a one-step axis", () => {
    expect(countScale(0)).toMatchObject({ top: 1, ticks: [0, 1] });
  });

  it("places counts in percent of the top", () => {
    expect(countScale(7).pct(2)).toBe(25);
  });
});

describe("labelStep", () => {
  it("thins labels only past the maximum", () => {
    expect(labelStep(8)).toBe(1);
    expect(labelStep(9)).toBe(2);
    expect(labelStep(27)).toBe(4);
  });
});
