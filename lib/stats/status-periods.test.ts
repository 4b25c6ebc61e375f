import { describe, expect, it } from "vitest";
import { statusPeriodsFromChanges } from "./status-periods";

describe("statusPeriodsFromChanges", () => {
  it("turns changes into consecutive periods, the last one open", () => {
    expect(
      statusPeriodsFromChanges([
        { toStatus: "agreed", effectiveOn: "2021-03-01" },
        { toStatus: "proposed", effectiveOn: "2020-01-01" },
        { toStatus: "operational", effectiveOn: "2023-07-15" },
      ]),
    ).toEqual([
      { status: "proposed", from: "2020-01-01", to: "2021-03-01" },
      { status: "agreed", from: "2021-03-01", to: "2023-07-15" },
      { status: "operational", from: "2023-07-15", to: null },
    ]);
  });

  it("merges a repeated status and lets the later of two same-day changes win", () => {
    expect(
      statusPeriodsFromChanges([
        { id: 1, toStatus: "proposed", effectiveOn: "2020-01-01" },
        { id: 2, toStatus: "proposed", effectiveOn: "2020-05-01" },
        { id: 3, toStatus: "agreed", effectiveOn: "2021-01-01" },
        { id: 4, toStatus: "in-progress", effectiveOn: "2021-01-01" },
      ]),
    ).toEqual([
      { status: "proposed", from: "2020-01-01", to: "2021-01-01" },
      { status: "in-progress", from: "2021-01-01", to: null },
    ]);
  });
});
