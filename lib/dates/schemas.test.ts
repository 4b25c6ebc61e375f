import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePartialDate } from "./partial-date";
import { ISO_DAY_PATTERN, PARTIAL_DATE_PATTERN } from "./schemas";

// Strings shaped like dates, with every field's edge values: the pattern and the parser must agree on each.
const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
const year = fc.oneof(digits(4), fc.constantFrom("0000", "0001", "0004", "0100", "0400", "1900", "2000", "2024", "2100", "9999"));
const month = fc.oneof(digits(2), fc.constantFrom("00", "01", "02", "04", "12", "13"));
const day = fc.oneof(digits(2), fc.constantFrom("00", "01", "28", "29", "30", "31", "32"));
const candidate = fc.oneof(
  year,
  fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
  fc.tuple(year, fc.constantFrom("0", "1", "4", "5")).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
);

describe("date patterns (the OpenAPI document's) accept exactly what the parser accepts", () => {
  it("partial dates", () => {
    fc.assert(fc.property(candidate, (s) => PARTIAL_DATE_PATTERN.test(s) === (parsePartialDate(s) !== null)), { numRuns: 20_000 });
  });

  it("days", () => {
    fc.assert(fc.property(candidate, (s) => ISO_DAY_PATTERN.test(s) === (parsePartialDate(s)?.precision === "day")), { numRuns: 20_000 });
  });

  it("years are 0001–9999 and always written with four digits", () => {
    expect(parsePartialDate("0000")).toBeNull();
    expect(parsePartialDate("0031-02-01")).toEqual({ date: "0031-02-01", precision: "day" });
    expect(parsePartialDate("0004-02-29")?.date).toBe("0004-02-29");
    expect(parsePartialDate("0100-02-29")).toBeNull();
    expect(parsePartialDate("0031")).toEqual({ date: "0031-01-01", precision: "year" });
  });
});
