import { describe, expect, it } from "vitest";
import { parseAuditFilters } from "./filters";

describe("parseAuditFilters", () => {
  it("keeps valid filters and drops bad ones instead of failing", () => {
    expect(parseAuditFilters({ entityType: "initiative", from: "2025-01-01", to: "yesterday", page: "-3" })).toEqual({
      entityType: "initiative",
      entityId: undefined,
      action: undefined,
      user: undefined,
      from: "2025-01-01",
      to: undefined,
      page: 1,
    });
  });
  it("takes the first of repeated parameters", () => {
    expect(parseAuditFilters({ action: ["user.create", "user.role"], page: "2" })).toMatchObject({ action: "user.create", page: 2 });
  });
});
