import { describe, expect, it } from "vitest";
import { assignLanes, spanScale } from "./initiative-timeline-layout";

describe("one initiative's timeline geometry", () => {
  const scale = spanScale(
    [{ id: 1, kind: "signed", description: "Signed", date: "2021-03-01", precision: "day", isPlanned: false }],
    [{ status: "proposed", from: "2020-01-01", to: "2021-03-01" }, { status: "agreed", from: "2021-03-01", to: null }],
    "2024-01-01",
  );

  it("covers the whole history up to today, with a margin", () => {
    expect(scale.from < "2020-01-01").toBe(true);
    expect(scale.to > "2024-01-01").toBe(true);
    expect(scale.pct(scale.from)).toBe(0);
    expect(scale.pct(scale.to)).toBe(100);
    expect(scale.ticks).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it("puts milestones close in time on separate lanes", () => {
    expect(assignLanes([10, 11, 12, 30, 30.5], 3)).toEqual([0, 1, 2, 0, 1]);
    expect(assignLanes([1, 1, 1, 1], 3, 2)).toEqual([0, 1, 0, 1]);
  });
});
