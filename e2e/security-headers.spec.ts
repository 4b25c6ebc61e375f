// The hardening headers as a browser receives them from `next start`: pages, API answers, error answers and build
// assets; HSTS over HTTPS; no X-Powered-By; no stack traces or server paths in error answers.
import { expect, test } from "@playwright/test";

const LEAK = /\n\s+at .+:\d+:\d+|node_modules\/|webpack-internal|\/work\//;

test("pages, API answers, errors and assets carry the hardening headers and leak nothing", async ({ page, request }) => {
  const checked: string[] = [];
  const expectHardened = (headers: Record<string, string>, what: string, document: boolean) => {
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], what).toBeUndefined();
    if (document) {
      expect(headers["content-security-policy"], what).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
      expect(headers["permissions-policy"], what).toContain("camera=()");
    }
    checked.push(what);
  };

  for (const path of ["/", "/initiatives", "/sources", "/no-such-page"]) {
    const response = await request.get(path);
    expectHardened(response.headers(), `page ${path}`, true);
    expect(await response.text(), path).not.toMatch(LEAK);
  }
  for (const path of ["/api/v1/initiatives", "/api/v1/initiatives/no-such-initiative", "/api/v1/initiatives?pageSize=1000", "/api/v1/initiatives?q=%00"]) {
    const response = await request.get(path);
    expectHardened(response.headers(), `API ${path} (${response.status()})`, true);
    const text = await response.text();
    expect(text, path).not.toMatch(LEAK);
    if (response.status() >= 400) expect(JSON.parse(text), path).toHaveProperty("error.code");
  }
  const broken = await request.post("/api/v1/initiatives", { headers: { "content-type": "application/json", authorization: "Bearer x" }, data: "{not json" });
  expect(broken.status()).toBeLessThan(500);
  expect(await broken.text()).not.toMatch(LEAK);

  // HSTS appears once the request arrived over HTTPS (a TLS-terminating proxy says so), never over plain HTTP.
  expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
  expect((await request.get("/", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"]).toMatch(/max-age=\d+/);

  // A build asset, which the proxy does not see: next.config.ts headers.
  await page.goto("/");
  const asset = await page.evaluate(() => [...document.scripts].map((s) => s.src).find((src) => src.includes("/_next/static/")));
  expect(asset).toBeTruthy();
  expectHardened((await request.get(asset!)).headers(), "build asset", false);
  console.log(`security headers: ${checked.length} responses checked`);
});
