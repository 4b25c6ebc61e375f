import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { announcedRange, effectiveSort, filtersToSearchParams, parseFiltersLenient, parseFiltersStrict } from "./filters";

describe("initiative filters", () => {
  it("reads repeated parameters as multi-select and keeps defaults", () => {
    const f = parseFiltersStrict(new URLSearchParams("domain=5g&domain=ai&country=th&status=proposed"));
    expect(f.domain).toEqual(["5g", "ai"]);
    expect(f.country).toEqual(["TH"]);
    expect(f.status).toEqual(["proposed"]);
    expect(f.page).toBe(1);
    expect(f.pageSize).toBe(25);
  });

  it("rejects unknown and malformed parameters, naming them", () => {
    const fail = (qs: string) => {
      try {
        parseFiltersStrict(new URLSearchParams(qs));
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).message;
      }
      throw new Error(`accepted ${qs}`);
    };
    expect(fail("colour=red")).toMatch(/Unknown parameter: colour/);
    expect(fail("domain=quantum")).toMatch(/domain/);
    expect(fail("pageSize=101")).toMatch(/pageSize/);
    expect(fail("page=0")).toMatch(/page/);
    expect(fail("from=2025-13")).toMatch(/from/);
    expect(fail("sort=a&sort=b")).toMatch(/sort may appear only once/);
    expect(fail("asOf=2025-01")).toMatch(/asOf/);
  });

  it("drops bad values leniently on pages instead of failing", () => {
    const f = parseFiltersLenient({ domain: ["5g", "nope"], pageSize: "9999", page: "-3", status: "operational" });
    expect(f.domain).toEqual(["5g"]);
    expect(f.pageSize).toBe(25);
    expect(f.page).toBe(1);
    expect(f.status).toEqual(["operational"]);
  });

  it("covers whole periods for from/to", () => {
    expect(announcedRange({ from: "2020", to: "2021-Q2" })).toEqual({ from: "2020-01-01", to: "2021-06-30" });
  });

  it("round-trips through the canonical query string", () => {
    const f = parseFiltersStrict(new URLSearchParams("q=cable&domain=ai&domain=5g&stalled=true&page=2"));
    expect(parseFiltersStrict(filtersToSearchParams(f))).toEqual(f);
  });

  it("sorts by relevance only when searching", () => {
    expect(effectiveSort({})).toBe("last-evidence");
    expect(effectiveSort({ q: "x" })).toBe("relevance");
    expect(effectiveSort({ sort: "relevance" })).toBe("last-evidence");
    expect(effectiveSort({ sort: "name" })).toBe("name");
  });
});
