import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  effectiveSourceSort,
  parseSourceFiltersLenient,
  parseSourceFiltersStrict,
  publishedRange,
  sourceFiltersToSearchParams,
} from "./filters";

describe("source filters", () => {
  it("reads repeated parameters, keeps commas inside publishers and defaults the rest", () => {
    const f = parseSourceFiltersStrict(new URLSearchParams("publisher=Ministry%20of%20Trade,%20Industry&language=EN,zh&sourceType=company"));
    expect(f.publisher).toEqual(["Ministry of Trade, Industry"]);
    expect(f.language).toEqual(["en", "zh"]);
    expect(f.sourceType).toEqual(["company"]);
    expect(f.page).toBe(1);
    expect(f.pageSize).toBe(25);
  });

  it("rejects unknown, repeated and malformed parameters strictly, naming them", () => {
    const fail = (qs: string) => {
      try {
        parseSourceFiltersStrict(new URLSearchParams(qs));
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).message;
      }
      throw new Error(`accepted ${qs}`);
    };
    expect(fail("colour=red")).toMatch(/Unknown parameter: colour/);
    expect(fail("sourceType=blog")).toMatch(/sourceType/);
    expect(fail("language=english")).toMatch(/language/);
    expect(fail("from=2025-13")).toMatch(/from/);
    expect(fail("sort=a&sort=b")).toMatch(/sort may appear only once/);
    expect(fail("pageSize=500")).toMatch(/pageSize/);
  });

  it("drops bad values leniently instead of failing", () => {
    const f = parseSourceFiltersLenient({ sourceType: ["company", "blog"], from: "yesterday", page: "x", q: "  cable ", hasText: "on" });
    expect(f.sourceType).toEqual(["company"]);
    expect(f.from).toBeUndefined();
    expect(f.page).toBe(1);
    expect(f.q).toBe("cable");
    expect(f.hasText).toBe(true);
  });

  it("round-trips through canonical search params", () => {
    const f = parseSourceFiltersLenient(new URLSearchParams("q=cable&publisher=Xinhua&from=2024&to=2025-Q2&page=2&pageSize=25&sort=newest"));
    const again = parseSourceFiltersLenient(sourceFiltersToSearchParams(f));
    expect(again).toEqual(f);
    expect(sourceFiltersToSearchParams(f).toString()).toBe("q=cable&publisher=Xinhua&from=2024&to=2025-Q2&sort=newest&page=2");
    expect(publishedRange(f)).toEqual({ from: "2024-01-01", to: "2025-06-30" });
  });

  it("sorts by relevance only when searching", () => {
    expect(effectiveSourceSort({ sort: "relevance" })).toBe("newest");
    expect(effectiveSourceSort({ q: "x" })).toBe("relevance");
    expect(effectiveSourceSort({ q: "x", sort: "title" })).toBe("title");
  });
});
