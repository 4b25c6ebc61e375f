import { describe, expect, it } from "vitest";
import { parseInitiativePrefill } from "./prefill";

describe("parseInitiativePrefill", () => {
  it("reads what the review queue sends", () => {
    const p = parseInitiativePrefill({
      name: " China-Laos AI Centre ",
      sourceId: "12",
      quote: "the centre opened",
      quoteStart: "40",
      quoteEnd: "57",
      countries: "LA,CN,XX",
      domains: "ai,quantum",
      returnTo: "/review/12#suggestion-3",
    });
    expect(p).toEqual({
      name: "China-Laos AI Centre",
      countries: ["LA", "CN"],
      domains: ["ai"],
      citation: { sourceId: 12, quote: "the centre opened", quoteStart: 40, quoteEnd: 57 },
      returnTo: "/review/12#suggestion-3",
    });
  });

  it("drops what does not validate and refuses off-site return addresses", () => {
    const p = parseInitiativePrefill({ sourceId: "x", quote: "q", quoteStart: "9", quoteEnd: "3", returnTo: "//evil.example" });
    expect(p.citation).toBeNull();
    expect(p.returnTo).toBeNull();
    expect(parseInitiativePrefill({ sourceId: "4", quote: "q", quoteStart: "9", quoteEnd: "3" }).citation).toEqual({ sourceId: 4, quote: "q" });
  });
});
