// The page cache in front of Next.js (lib/page-cache/server.mjs), as browsers and proxies meet it: a page is rendered
// once and then served from memory with the same CSP nonce in its header and its scripts, compressed, with an ETag;
// RSC payloads are kept apart from HTML; signed-in editors get their own uncached pages; and an edit drops the pages
// it reaches — the edited initiative, the views listing it, the dashboard — and leaves an unrelated initiative's.
import { expect, test, type APIResponse } from "@playwright/test";
import { FIXTURE_INITIATIVES } from "./fixtures/data";
import { E2E_USERS } from "./fixtures/editorial-fixtures";
import { signInAs } from "./fixtures/journey";

const state = (response: APIResponse) => response.headers()["x-page-cache"];
const EDITED = "e2e-cable-association";

test("a page is rendered once, then served from memory with its nonce, encoding and ETag", async ({ request }) => {
  const url = "/initiatives?domain=5g&sort=name";
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const second = await request.get(url, { headers: { "accept-encoding": "br" } });
  expect(state(second)).toBe("hit");
  expect(second.headers()["content-encoding"]).toBe("br");
  expect((await request.get(url, { headers: { "accept-encoding": "gzip" } })).headers()["content-encoding"]).toBe(
    "gzip",
  );
  const html = await second.text();
  expect(html).toBe(await first.text());

  // The nonce the CSP names is the one every script of the kept page carries; no script is left without it.
  const csp = second.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // Browsers revalidate with the ETag; a CDN may hold the page briefly.
  const etag = second.headers()["etag"]!;
  const revalidated = await request.get(url, { headers: { "if-none-match": etag } });
  expect(revalidated.status()).toBe(304);
  expect(second.headers()["cache-control"]).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate=\d+/);
  expect(second.headers()["vary"]).toMatch(/accept-encoding/i);
});

test("a client navigation's RSC payload is kept apart from the HTML of the same URL", async ({ request }) => {
  const url = "/initiatives?domain=ai";
  const html = await request.get(url);
  const rsc = await request.get(url, { headers: { rsc: "1" } });
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  expect(html.headers()["content-type"]).toContain("text/html");
  expect(state(await request.get(url, { headers: { rsc: "1" } }))).toBe("hit");
  expect((await request.get(url)).headers()["content-type"]).toContain("text/html");
});

test("an edit drops the pages it reaches and keeps an unrelated initiative's", async ({ page, request }) => {
  // Warm every page involved, and pick an initiative whose page does not show the one edited.
  const others = FIXTURE_INITIATIVES.map((i) => i.slug).filter((s) => s !== EDITED);
  let unrelated = "";
  for (const slug of others) {
    const html = await (await request.get(`/initiatives/${slug}`)).text();
    if (!html.includes(`/initiatives/${EDITED}"`)) unrelated ||= slug;
  }
  expect(unrelated).not.toBe("");
  for (const url of [
    `/initiatives/${EDITED}`,
    `/initiatives/${unrelated}`,
    "/",
    "/initiatives?domain=submarine-cables",
  ]) {
    await request.get(url);
    expect(state(await request.get(url)), url).toBe("hit");
  }

  await signInAs(page, E2E_USERS.editor.email);
  // Signed in, pages are the editor's own: never served from or kept in the shared cache.
  const own = await page.request.get("/initiatives?domain=5g&sort=name");
  expect(state(own)).toBe("bypass");
  expect(own.headers()["cache-control"]).not.toContain("public");

  const api = `/api/v1/initiatives/${EDITED}`;
  const before = await (await request.get(api)).json();
  const marker = `Cached page check ${Date.now()}`;
  const origin = new URL(page.url()).origin;
  const edit = (summary: string, version: number) =>
    page.request.patch(api, { headers: { origin }, data: { version, summary } });
  const edited = await edit(`${before.summary} ${marker}`, before.version);
  expect(edited.status(), await edited.text()).toBe(200);
  try {
    const editedPage = await request.get(`/initiatives/${EDITED}`);
    expect(state(editedPage)).toBe("miss");
    expect(await editedPage.text()).toContain(marker);
    expect(state(await request.get("/initiatives?domain=submarine-cables"))).toBe("miss");
    expect(state(await request.get("/"))).toBe("miss");
    expect(state(await request.get(`/initiatives/${unrelated}`))).toBe("hit");
  } finally {
    const current = await (await request.get(api)).json();
    expect((await edit(before.summary, current.version)).status()).toBe(200);
  }
});
