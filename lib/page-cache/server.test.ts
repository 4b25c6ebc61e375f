// The page cache's request rules (lib/page-cache/server.mjs): what may be answered from memory, and what the key
// must tell apart. The HTTP behaviour itself is tested against the production server (e2e/page-cache.spec.ts).
import type http from "node:http";
import { describe, expect, it } from "vitest";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { cacheKey, chooseEncoding, isCacheableRequest } from "./server.mjs";

const req = (url: string, headers: http.IncomingHttpHeaders = {}, method = "GET") =>
  ({ url, method, headers }) as http.IncomingMessage;

describe("page cache requests", () => {
  it("knows the session cookie by every name the auth library sets", () => {
    for (const name of SESSION_COOKIE_NAMES)
      expect(isCacheableRequest(req("/", { cookie: `${name}=xyz` })), name).toBe(false);
  });

  it("answers anonymous GET and HEAD of pages; never the API, assets, actions, tokens or sessions", () => {
    expect(isCacheableRequest(req("/initiatives?domain=ai"))).toBe(true);
    expect(isCacheableRequest(req("/", {}, "HEAD"))).toBe(true);
    expect(isCacheableRequest(req("/", { cookie: "theme=dark; other=1" }))).toBe(true);
    expect(isCacheableRequest(req("/", {}, "POST"))).toBe(false);
    expect(isCacheableRequest(req("/api/v1/initiatives"))).toBe(false);
    expect(isCacheableRequest(req("/_next/static/chunks/a.js"))).toBe(false);
    expect(isCacheableRequest(req("/", { "next-action": "abc" }))).toBe(false);
    expect(isCacheableRequest(req("/", { authorization: "Bearer x" }))).toBe(false);
    expect(isCacheableRequest(req("/", { cookie: "a=1; tracker.session_token=xyz" }))).toBe(false);
    expect(isCacheableRequest(req("/", { cookie: "__Secure-tracker.session_token=xyz" }))).toBe(false);
    expect(isCacheableRequest(req(`/initiatives?q=${"x".repeat(3000)}`))).toBe(false);
  });

  it("keys HTML and each kind of RSC payload apart, and HTTP apart from HTTPS (HSTS)", () => {
    const html = cacheKey(req("/initiatives", { host: "h" }));
    expect(cacheKey(req("/initiatives", { host: "h", rsc: "1" }))).not.toBe(html);
    expect(cacheKey(req("/initiatives", { host: "h", rsc: "1", "next-router-prefetch": "1" }))).not.toBe(
      cacheKey(req("/initiatives", { host: "h", rsc: "1" })),
    );
    expect(cacheKey(req("/initiatives", { host: "h", "x-forwarded-proto": "https" }))).not.toBe(html);
    expect(cacheKey(req("/initiatives", { host: "h", "accept-encoding": "br", "user-agent": "x" }))).toBe(html);
  });

  it("serves brotli, then gzip, else identity", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
  });
});
