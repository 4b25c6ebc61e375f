// Scale-out: two app processes (`next start` on the production build) on one fresh PostgreSQL database. An edit made
// through one process's REST API is visible through the other at once — its API, its pages, its search — and the
// other process enforces the new version. Needs TEST_DATABASE_URL (skipped without it) and a build (.next/BUILD_ID;
// SCALE_OUT_APP_DIR may point at another built copy of the app).
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";

const SERVER_URL = process.env.TEST_DATABASE_URL;
const APP_DIR = path.resolve(process.env.SCALE_OUT_APP_DIR ?? process.cwd());
const HAS_BUILD = fs.existsSync(path.join(APP_DIR, ".next", "BUILD_ID"));

type App = { url: string; stop: () => Promise<void>; output: () => string };

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 40; port++) {
    const taken = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (!taken) return port;
  }
  throw new Error(`No free port from ${from}.`);
}

/** `next start` in its own process group (stopped with kill(-pid)), resolved once /api/health answers. */
async function startApp(port: number, env: Record<string, string>): Promise<App> {
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [path.join(APP_DIR, "scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: APP_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", APP_URL: url, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  let exited = false;
  child.once("exit", () => (exited = true));
  const stop = async () => {
    if (exited) return;
    process.kill(-child.pid!, "SIGTERM");
    for (let i = 0; i < 50 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited) process.kill(-child.pid!, "SIGKILL");
  };
  for (const started = Date.now(); Date.now() - started < 90_000; await new Promise((r) => setTimeout(r, 250))) {
    if (exited) throw new Error(`App on port ${port} exited:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { url, stop, output: () => output };
  }
  await stop();
  throw new Error(`App on port ${port} did not start:\n${output}`);
}

test.describe("two app processes on one PostgreSQL", () => {
  test.skip(!SERVER_URL, "TEST_DATABASE_URL is not set: scale-out needs PostgreSQL.");
  test.skip(!HAS_BUILD, `No production build in ${APP_DIR}/.next.`);

  const dbName = `tracker_scaleout_${randomBytes(4).toString("hex")}`;
  const token = `cadt_${randomBytes(32).toString("base64url")}`;
  let databaseUrl: string;
  let first: App;
  let second: App;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(SERVER_URL!);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
    // The first process migrates and loads the demo data; the second starts on the ready database.
    first = await startApp(await freePort(3520), { DATABASE_URL: databaseUrl, SEED_DEMO: "true" });
    second = await startApp(await freePort(3540), { DATABASE_URL: databaseUrl, SEED_DEMO: "false" });
    // An editor with an API token, written directly: creating accounts is not what this test is about.
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const userId = `scale-out-${randomBytes(6).toString("hex")}`;
    await db.query(`insert into users (id, name, email, role, email_verified) values ($1, 'Scale-out editor', $2, 'editor', true)`, [userId, `${userId}@example.org`]);
    await db.query(`insert into api_tokens (user_id, name, token_hash, prefix) values ($1, 'scale-out', $2, $3)`, [
      userId,
      createHash("sha256").update(token).digest("hex"),
      token.slice(0, 12),
    ]);
    await db.end();
  });

  test.afterAll(async () => {
    await first?.stop();
    await second?.stop();
    if (!SERVER_URL) return;
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  });

  test("an edit through one process is visible through the other immediately", async ({ request }) => {
    const list = await (await request.get(`${second.url}/api/v1/initiatives?pageSize=1&sort=name`)).json();
    const slug: string = list.data[0].slug;
    const before = await (await request.get(`${second.url}/api/v1/initiatives/${slug}`)).json();
    const marker = `Scaleout${randomBytes(3).toString("hex")}`;
    // Read everything the edit will change through the second process first, so any per-process cache is warm:
    // its page cache then holds the initiative's page (second read: a hit).
    expect((await request.get(`${second.url}/initiatives/${slug}`)).ok()).toBe(true);
    expect((await request.get(`${second.url}/initiatives/${slug}`)).headers()["x-page-cache"]).toBe("hit");
    expect((await (await request.get(`${second.url}/api/v1/initiatives?q=${marker}`)).json()).total).toBe(0);
    const linksToIt = async (url: string) => (await (await request.get(url)).text()).includes(`href="/initiatives/${slug}"`);
    expect(await linksToIt(`${second.url}/initiatives?q=${marker}`), "search page before the edit").toBe(false);

    const edited = await request.patch(`${first.url}/api/v1/initiatives/${slug}`, {
      headers: { authorization: `Bearer ${token}` },
      data: { version: before.version, name: `${before.name} ${marker}` },
    });
    expect(edited.status(), await edited.text()).toBe(200);

    const after = await (await request.get(`${second.url}/api/v1/initiatives/${slug}`)).json();
    expect(after.name).toBe(`${before.name} ${marker}`);
    expect(after.version).toBe(before.version + 1);
    const page = await request.get(`${second.url}/initiatives/${slug}`);
    expect((await page.text()).includes(marker), "initiative page after the edit").toBe(true);
    expect(page.headers()["x-page-cache"], "rendered again after an edit made elsewhere").toBe("miss");
    const found = await (await request.get(`${second.url}/api/v1/initiatives?q=${marker}`)).json();
    expect(found.data.map((i: { slug: string }) => i.slug)).toEqual([slug]);
    expect(await linksToIt(`${second.url}/initiatives?q=${marker}`), "search page after the edit").toBe(true);

    // The second process refuses an edit based on the version the first one replaced.
    const stale = await request.patch(`${second.url}/api/v1/initiatives/${slug}`, {
      headers: { authorization: `Bearer ${token}` },
      data: { version: before.version, name: before.name },
    });
    expect(stale.status()).toBe(409);
  });

  test("the other process's list counts follow an edit at once (its in-memory facet index is patched)", async ({ request }) => {
    const list = async (query: string) => (await request.get(`${second.url}/api/v1/initiatives?${query}`)).json();
    const first20 = await list("pageSize=20&sort=name");
    // The last of a page sorted by name: not the one the test above renamed.
    const item: { slug: string; domains: string[] } = first20.data.at(-1);
    const domain: string = first20.facets.domain.map((f: { value: string }) => f.value).find((d: string) => !item.domains.includes(d));
    const countOf = (facets: { domain: { value: string; count: number }[] }) => facets.domain.find((f) => f.value === domain)!.count;
    // Warm: the second process has counted (and so loaded its index) before the edit.
    const before = await list(`domain=${domain}&pageSize=100`);
    const unfilteredBefore = countOf((await list("pageSize=1")).facets);
    expect(before.data.map((i: { slug: string }) => i.slug)).not.toContain(item.slug);

    const { version } = await (await request.get(`${first.url}/api/v1/initiatives/${item.slug}`)).json();
    const edited = await request.patch(`${first.url}/api/v1/initiatives/${item.slug}`, {
      headers: { authorization: `Bearer ${token}` },
      data: { version, domains: [...item.domains, domain] },
    });
    expect(edited.status(), await edited.text()).toBe(200);

    const after = await list(`domain=${domain}&pageSize=100`);
    expect(after.total).toBe(before.total + 1);
    expect(after.data.map((i: { slug: string }) => i.slug)).toContain(item.slug);
    expect(countOf((await list("pageSize=1")).facets)).toBe(unfilteredBefore + 1);
  });
});
