import { describe, expect, it } from "vitest";
import { timelineSummary } from "./timeline-layout";
import { timelineQueryOptions, timelineQueryString } from "./timeline-query";

describe("timeline query", () => {
  it("appends the year range and the page to the filters, omitting defaults", () => {
    expect(timelineQueryString({ filters: "domain=5g", range: { start: 2018, end: 2024 }, page: 2 })).toBe("domain=5g&start=2018&end=2024&page=2");
    expect(timelineQueryString({ filters: "", range: {}, page: 1 })).toBe("");
  });

  it("keys the query by filters, range and page, so the server prefetch and the client hook share one entry", () => {
    const a = timelineQueryOptions({ filters: "country=TH", range: {}, page: 1 }).queryKey;
    const b = timelineQueryOptions({ filters: "country=TH", range: { start: 2020 }, page: 1 }).queryKey;
    expect(a).toEqual(["stats", "timeline", "country=TH", null, null, 1]);
    expect(b).not.toEqual(a);
  });

  it("summarises the page in words", () => {
    const base = { pageSize: 30, range: { start: 2014, end: 2030 }, undated: 0 };
    expect(timelineSummary({ ...base, total: 312, page: 2 })).toMatch(/^Rows 31–60 of 312 initiatives with events between 2014 and 2030/);
    expect(timelineSummary({ ...base, total: 1, page: 1, undated: 2 })).toMatch(/^1 initiative with events.*2 undated initiatives are not shown\.$/);
    expect(timelineSummary({ ...base, total: 0, page: 1 })).toMatch(/^No initiative has events between 2014 and 2030/);
  });
});
