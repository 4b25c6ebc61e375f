import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { parseTimelineRangeLenient, parseTimelineRangeStrict, timelineSearchParams } from "./timeline-params";

describe("timeline parameters", () => {
  it("reads the year range leniently, dropping bad values", () => {
    expect(parseTimelineRangeLenient({ start: "2015", end: "soon" })).toEqual({ start: 2015 });
    expect(parseTimelineRangeLenient(new URLSearchParams("start=1200&end=2030"))).toEqual({ end: 2030 });
  });

  it("rejects bad or repeated years strictly, naming the parameter", () => {
    expect(() => parseTimelineRangeStrict(new URLSearchParams("start=abc"))).toThrow(AppError);
    expect(() => parseTimelineRangeStrict(new URLSearchParams("end=2020&end=2021"))).toThrow(/end may appear only once/);
    expect(parseTimelineRangeStrict(new URLSearchParams("start=2015&end=2030"))).toEqual({ start: 2015, end: 2030 });
  });

  it("writes a canonical query string without the list's paging and sorting", () => {
    const filters = parseFiltersLenient({ domain: "5g", sort: "name", pageSize: "50" });
    expect(timelineSearchParams({ filters, range: { start: 2015 }, page: 3 }).toString()).toBe("domain=5g&start=2015&page=3");
    expect(timelineSearchParams({ filters, range: {}, page: 1 }).toString()).toBe("domain=5g");
  });
});
