import { describe, expect, it } from "vitest";
import { endOfPartialDate, formatPartialDate, parsePartialDate, toPartialDateString } from "./partial-date";

describe("partial dates", () => {
  it("keeps the precision the source gave", () => {
    expect(parsePartialDate("2025")).toEqual({ date: "2025-01-01", precision: "year" });
    expect(parsePartialDate("2025-01")).toEqual({ date: "2025-01-01", precision: "month" });
    expect(parsePartialDate("2025-Q3")).toEqual({ date: "2025-07-01", precision: "quarter" });
    expect(parsePartialDate("2025-01-22")).toEqual({ date: "2025-01-22", precision: "day" });
  });

  it("rejects impossible and malformed dates", () => {
    for (const bad of ["2025-02-30", "2025-13", "2025-Q5", "25-01-01", "", "2025-1-2", "yesterday"]) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate("2024-02-29")).not.toBeNull();
  });

  it("formats at precision: Jan 2025 is not 1 Jan 2025", () => {
    expect(formatPartialDate({ date: "2025-01-01", precision: "month" })).toBe("Jan 2025");
    expect(formatPartialDate({ date: "2025-01-01", precision: "day" })).toBe("1 Jan 2025");
    expect(formatPartialDate({ date: "2025-07-01", precision: "quarter" })).toBe("Q3 2025");
    expect(formatPartialDate({ date: "2025-01-01", precision: "year" })).toBe("2025");
  });

  it("round-trips through the string form", () => {
    for (const s of ["2019", "2019-08", "2025-Q4", "2020-06-12"]) {
      expect(toPartialDateString(parsePartialDate(s)!)).toBe(s);
    }
  });

  it("knows where a period ends", () => {
    expect(endOfPartialDate({ date: "2024-02-01", precision: "month" })).toBe("2024-02-29");
    expect(endOfPartialDate({ date: "2025-10-01", precision: "quarter" })).toBe("2025-12-31");
    expect(endOfPartialDate({ date: "2025-01-01", precision: "year" })).toBe("2025-12-31");
  });
});
