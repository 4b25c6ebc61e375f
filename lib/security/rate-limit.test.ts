import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows `limit` requests per window and key, then refuses with the seconds left", () => {
    const limiter = new RateLimiter(() => 3, 60_000);
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit("a", t).allowed)).toEqual([true, true, true]);
    expect(limiter.hit("a", t + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.hit("b", t + 15_000).allowed).toBe(true);
    expect(limiter.hit("a", t + 60_000).allowed).toBe(true);
  });

  it("treats a limit of 0 as unlimited", () => {
    const limiter = new RateLimiter(() => 0);
    for (let i = 0; i < 1000; i++) expect(limiter.hit("a").allowed).toBe(true);
  });

  it("keeps memory bounded under a flood of distinct keys", () => {
    const limiter = new RateLimiter(() => 1, 60_000, 100);
    for (let i = 0; i < 10_000; i++) limiter.hit(`ip-${i}`, 5);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
  });
});

describe("rateLimitBucketFor", () => {
  it("limits extraction and view exports, not citations or public reads", async () => {
    const { rateLimitBucketFor } = await import("./rate-limit");
    expect(rateLimitBucketFor("POST", "/api/v1/extract")).toBe("extract");
    expect(rateLimitBucketFor("GET", "/api/v1/export/initiatives.csv")).toBe("export");
    expect(rateLimitBucketFor("HEAD", "/api/v1/export/sources.ris")).toBe("export");
    expect(rateLimitBucketFor("GET", "/api/v1/export/citation.bib")).toBeNull();
    expect(rateLimitBucketFor("GET", "/api/v1/initiatives")).toBeNull();
    expect(rateLimitBucketFor("OPTIONS", "/api/v1/export/initiatives.csv")).toBeNull();
  });
});
