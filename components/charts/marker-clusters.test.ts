import { describe, expect, it } from "vitest";
import { clusterMarkers } from "./marker-clusters";

const at = (...lefts: number[]) => lefts.map((left, i) => ({ left, item: i }));

describe("clusterMarkers", () => {
  it("keeps markers at least the gap apart as they are", () => {
    expect(clusterMarkers(at(10, 20, 30), 5)).toEqual([
      { left: 10, items: [0] },
      { left: 20, items: [1] },
      { left: 30, items: [2] },
    ]);
  });

  it("joins markers within the gap of a cluster's first marker, in position order", () => {
    expect(clusterMarkers(at(30, 10, 12, 14.9, 15, 31), 5)).toEqual([
      { left: 10, items: [1, 2, 3] },
      { left: 15, items: [4] },
      { left: 30, items: [0, 5] },
    ]);
  });

  it("keeps every marker apart when the gap is zero (before the track is measured)", () => {
    expect(clusterMarkers(at(10, 10), 0)).toHaveLength(2);
  });
});
