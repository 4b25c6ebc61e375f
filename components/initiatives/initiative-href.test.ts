import { describe, expect, it } from "vitest";
import { initiativeHref } from "./initiative-href";

describe("initiativeHref", () => {
  it("keeps the page's as-of day", () => {
    expect(initiativeHref("e2e-5g-vietnam", "2024-06-30")).toBe("/initiatives/e2e-5g-vietnam?asOf=2024-06-30");
  });

  it("links today's page when there is no as-of day", () => {
    expect(initiativeHref("e2e-5g-vietnam")).toBe("/initiatives/e2e-5g-vietnam");
  });
});
