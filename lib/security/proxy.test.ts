// proxy.ts, as Next.js runs it before every request: the CSP and hardening headers on pages and API responses, HSTS
// only over HTTPS, NUL in URLs refused, and the export/extraction rate limits (429 in the one error shape).
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { rateLimiter } from "./rate-limit";
import { securityHeaders } from "./headers";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://localhost:3000"), { method: init.method ?? "GET", headers: init.headers });

function expectHardening(headers: Headers) {
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(headers.get("permissions-policy")).toContain("camera=()");
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("x-powered-by")).toBeNull();
}

describe("proxy", () => {
  beforeEach(() => {
    rateLimiter("export").reset();
    rateLimiter("extract").reset();
  });

  it("sets the CSP with a fresh nonce and the hardening headers on pages and API responses", () => {
    const a = proxy(request("/initiatives"));
    const b = proxy(request("/api/v1/initiatives"));
    expectHardening(a.headers);
    expectHardening(b.headers);
    expect(a.headers.get("content-security-policy")).not.toBe(b.headers.get("content-security-policy"));
  });

  it("sends HSTS only over HTTPS", () => {
    expect(proxy(request("/")).headers.get("strict-transport-security")).toBeNull();
    expect(proxy(request("/", { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toMatch(/max-age=\d{8}; includeSubDomains/);
    expect(securityHeaders({ nonce: "n", isDev: false, isHttps: true })["Strict-Transport-Security"]).toBeDefined();
  });

  it("refuses a URL carrying NUL with 400 in the error shape", async () => {
    const response = proxy(request("/initiatives?q=a%00b"));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    expectHardening(response.headers);
  });

  it("rate-limits whole-view exports per client IP (429, Retry-After, error shape) but not citations or reads", async () => {
    const ip = { "x-forwarded-for": "203.0.113.50" };
    const statuses = Array.from({ length: 61 }, () => proxy(request("/api/v1/export/initiatives.csv", { headers: ip })).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    const limited = proxy(request("/api/v1/export/sources.ris", { headers: ip }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    expect(proxy(request("/api/v1/export/initiatives.csv", { headers: { "x-forwarded-for": "203.0.113.51" } })).status).not.toBe(429);
    expect(proxy(request("/api/v1/export/citation.bib", { headers: ip })).status).not.toBe(429);
    expect(proxy(request("/api/v1/initiatives", { headers: ip })).status).not.toBe(429);
    const extract = Array.from({ length: 11 }, () => proxy(request("/api/v1/extract", { method: "POST", headers: ip })).status);
    expect(extract.at(-1)).toBe(429);
  });
});
