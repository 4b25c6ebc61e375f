// XSS journey: every payload of e2e/fixtures/xss-payloads.ts sits in every user-controlled text field (see
// xss-prepare.ts) of its own database, served by its own production server (so the other journeys' fixtures and
// counts stay untouched). Chromium visits every page that renders those fields — list, search results, initiative
// pages, source pages, actor pages, dashboard feed, timeline, admin users and audit — and the feeds and exports, and
// asserts that no payload ran (window.__xss never called, no dialog), that no CSP violation was reported (console
// and /api/csp-report) and that the payload text is shown as text.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { XSS_MARKER, XSS_PAYLOADS } from "./fixtures/xss-payloads";

const PORT = Number(process.env.XSS_PORT ?? 3630);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = "./data/sec-xss-pglite";
const ADMIN = { email: "xss-admin@security.test", password: "xss suite admin password" };

test.describe.configure({ mode: "serial", timeout: 300_000 });

let server: ChildProcess | undefined;
const visited: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.rmSync(`${DATA_DIR}.lock`, { force: true });
  const env = { ...process.env, DATABASE_URL: DATA_DIR, SEED_DEMO: "false", APP_URL: BASE, NEXT_TELEMETRY_DISABLED: "1" };
  const prepared = spawnSync("npx", ["tsx", "e2e/fixtures/xss-prepare.ts"], { env, encoding: "utf8" });
  if (prepared.status !== 0) throw new Error(`xss fixtures failed: ${prepared.stderr}`);
  server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT), "-H", "127.0.0.1"], { env, detached: true, stdio: "ignore" });
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the XSS suite's server did not start");
});

test.afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // gone
    }
  }
  console.log(`XSS suite: ${XSS_PAYLOADS.length} payloads in every text field; ${visited.length} pages and documents visited (each test asserts 0 executions, 0 dialogs, 0 CSP reports)`);
});

type Watch = { hits: string[]; dialogs: string[]; csp: string[] };

/** Counts payload executions (window.__xss, dialogs) and CSP violations (console, report requests) on this page. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { hits: [], dialogs: [], csp: [] };
  await page.exposeFunction("__xss", (n: unknown) => {
    w.hits.push(`__xss(${String(n)}) on ${page.url()}`);
  });
  page.on("dialog", (dialog) => {
    w.dialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
    void dialog.dismiss();
  });
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(msg.text()) || msg.text().includes("__xss")) w.csp.push(`${msg.text()} on ${page.url()}`);
  });
  page.on("request", (request) => {
    if (request.url().includes("/api/csp-report")) w.csp.push(`CSP report ${request.postData() ?? ""}`);
  });
  return w;
}

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${BASE}${path}`, { waitUntil: "load" });
  expect(response?.status(), path).toBeLessThan(400);
  // Let hydration, lazy chunks and any (unexpected) timers run.
  await page.waitForLoadState("networkidle").catch(() => {});
  visited.push(path);
}

function expectClean(w: Watch): void {
  expect(w.hits, "payloads executed").toEqual([]);
  expect(w.dialogs, "dialogs opened").toEqual([]);
  expect(w.csp, "CSP violations").toEqual([]);
}

test("the detectors work: a call to __xss is counted, an injected inline handler is blocked and reported by the CSP", async ({ page }) => {
  const w = await watch(page);
  await visit(page, "/");
  await page.evaluate(() => (window as unknown as { __xss: (n: string) => void }).__xss("control"));
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img src="/favicon.ico?control" onload="__xss('inline')">`));
  await expect.poll(() => w.csp.length, { message: "the CSP blocks and reports an injected inline handler" }).toBeGreaterThan(0);
  expect(w.hits).toEqual([`__xss(control) on ${BASE}/`]);
  visited.pop();
});

test("list, search results, dashboard feed and timeline render every payload as text", async ({ page }) => {
  const w = await watch(page);
  await visit(page, "/initiatives");
  await expect(page.getByText(`${XSS_MARKER} 0 ${XSS_PAYLOADS[0]}`, { exact: false }).first()).toBeVisible();
  await visit(page, "/initiatives?page=2");
  await visit(page, `/initiatives?q=${XSS_MARKER}`);
  await visit(page, `/initiatives?q=${encodeURIComponent("<script>")}`);
  await visit(page, "/");
  await visit(page, "/timeline");
  await visit(page, "/sources");
  await visit(page, `/sources?q=${XSS_MARKER}`);
  await visit(page, "/actors");
  await visit(page, "/countries/TH");
  await visit(page, "/domains/ai");
  expectClean(w);
});

test("every initiative page (name, summary, alias, milestone, quote, note, changelog, actor) shows its payload as text", async ({ page }) => {
  const w = await watch(page);
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    await visit(page, `/initiatives/xss-${i}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${XSS_MARKER} ${i} ${payload}`.replace(/\s+/g, " "));
  }
  expectClean(w);
});

test("every source page (title, publisher, text with highlighted quotes) and actor page shows its payload as text", async ({ page }) => {
  const w = await watch(page);
  const ids = (await (await page.request.get(`${BASE}/api/v1/sources?q=${XSS_MARKER}&pageSize=100`)).json()) as { data: { id: number }[] };
  expect(ids.data.length).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
  for (const { id } of ids.data) await visit(page, `/sources/${id}`);
  // Actor names also appear (and were checked) on every initiative page; their own pages are sampled.
  for (const i of XSS_PAYLOADS.keys()) if (i % 4 === 0) await visit(page, `/actors/xss-actor-${i}`);
  expectClean(w);
});

test("admin pages (user names, audit log) render payloads as text", async ({ page }) => {
  const w = await watch(page);
  const signIn = await page.request.post(`${BASE}/api/auth/sign-in/email`, { data: ADMIN, headers: { origin: BASE } });
  expect(signIn.status()).toBe(200);
  await visit(page, "/admin/users");
  await expect(page.getByText(XSS_PAYLOADS[1]!, { exact: false }).first()).toBeVisible();
  await visit(page, "/admin/audit");
  await visit(page, "/editor");
  await visit(page, "/editor/tokens");
  await visit(page, "/editor/initiatives/xss-0");
  expectClean(w);
});

test("feeds and exports are served as data, never as HTML, and the feeds render inertly", async ({ page }) => {
  const w = await watch(page);
  const documents = [
    "/feed.xml",
    "/initiatives/xss-0/feed.xml",
    "/api/v1/initiatives?pageSize=100",
    "/api/v1/initiatives/xss-0",
    "/api/v1/export/initiatives.csv",
    "/api/v1/export/initiatives.json",
    "/api/v1/export/milestones.csv",
    "/api/v1/export/sources.bib",
    "/api/v1/export/sources.ris",
    "/api/v1/export/sources.csl.json",
    "/api/v1/dataset.json",
  ];
  for (const path of documents) {
    const response = await page.request.get(`${BASE}${path}`);
    if (response.status() === 404) continue; // a document another issue has not shipped yet
    expect(response.status(), path).toBe(200);
    const type = response.headers()["content-type"] ?? "";
    expect(type, `${path} must not be served as HTML`).not.toMatch(/html/);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    visited.push(path);
  }
  await visit(page, "/feed.xml");
  await visit(page, "/initiatives/xss-0/feed.xml");
  expectClean(w);
});
