import { describe, expect, it } from "vitest";
import { barLayout, defaultRange, isInRange, positionPercent, resolveRange, yearTicks } from "./timeline-layout";

const range = { start: 2020, end: 2021 };

describe("timeline geometry", () => {
  it("places days proportionally across the range", () => {
    expect(positionPercent("2020-01-01", range)).toBe(0);
    expect(positionPercent("2022-01-01", range)).toBe(100);
    expect(positionPercent("2021-01-01", range)).toBeCloseTo((366 / 731) * 100);
    expect(isInRange("2019-12-31", range)).toBe(false);
  });

  it("clips spans to the range, marks the clipped ends and hides spans outside it", () => {
    expect(barLayout("2019-06-01", "2020-12-31", range)).toMatchObject({ left: 0, clippedStart: true, clippedEnd: false });
    expect(barLayout("2021-06-01", "2030-01-01", range)).toMatchObject({ clippedStart: false, clippedEnd: true });
    expect(barLayout("2010-01-01", "2011-01-01", range)).toBeNull();
  });

  it("gives a one-day span a visible width without running past the edge", () => {
    const bar = barLayout("2021-12-31", "2021-12-31", range)!;
    expect(bar.width).toBe(0.6);
    expect(bar.left + bar.width).toBeLessThanOrEqual(100);
  });

  it("thins year ticks to round steps", () => {
    expect(yearTicks({ start: 2019, end: 2024 })).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(yearTicks({ start: 2001, end: 2030 })).toEqual([2005, 2010, 2015, 2020, 2025, 2030]);
  });

  it("defaults to every dated year plus this one, and orders a reversed request", () => {
    expect(defaultRange({ start: 2014, end: 2030 }, 2026)).toEqual({ start: 2014, end: 2030 });
    expect(defaultRange({ start: 2014, end: 2020 }, 2026)).toEqual({ start: 2014, end: 2026 });
    expect(defaultRange(null, 2026)).toEqual({ start: 2021, end: 2027 });
    expect(resolveRange({ start: 2030, end: 2020 }, range)).toEqual({ start: 2020, end: 2030 });
    expect(resolveRange({ end: 2025 }, range)).toEqual({ start: 2020, end: 2025 });
  });
});
