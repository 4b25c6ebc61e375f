import { describe, expect, it } from "vitest";
import { addDays, dayNumber } from "./dates";

describe("calendar arithmetic on ISO days", () => {
  it("keeps years before 100 and writes them with four digits", () => {
    expect(addDays("0031-02-01", 0)).toBe("0031-02-01");
    expect(addDays("0031-12-31", 1)).toBe("0032-01-01");
    expect(dayNumber("0031-02-01")).toBeLessThan(dayNumber("1931-02-01"));
    expect(addDays("9999-12-30", 1)).toBe("9999-12-31");
  });

  it("stays within 0001–9999, the days PostgreSQL and the API accept", () => {
    expect(addDays("0001-01-01", -90)).toBe("0001-01-01");
    expect(addDays("9999-12-31", 1)).toBe("9999-12-31");
  });
});
