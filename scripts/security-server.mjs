// Shared by scripts/load-test.mjs and scripts/crash-test.mjs: a fresh database (PGlite directory, or a new database on
// the PostgreSQL server of TEST_DATABASE_URL), the fixture from scripts/security-fixture.ts, and a production server
// (`next start`, needs `next build` first) in its own process group, so that SIGKILL takes down the whole server.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";

export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    const key = m[1].replace(/-(\w)/g, (_, c) => c.toUpperCase());
    const value = m[2] ?? (argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[++i] : "true");
    out[key] = typeof defaults[key] === "number" ? Number(value) : value;
  }
  return out;
}

/** Engines to run: --engine pglite|postgres|both; default PGlite, plus PostgreSQL when TEST_DATABASE_URL is set. */
export function enginesFrom(option) {
  if (option === "pglite" || option === "postgres") return [option];
  if (option === "both") return ["pglite", "postgres"];
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** Runs `run(engine)` (true when it passed) on each engine of --engine, then exits 0 only if every run passed. */
export async function runOnEngines(option, what, run) {
  let failed = false;
  for (const engine of enginesFrom(option)) {
    try {
      if (!(await run(engine))) failed = true;
    } catch (error) {
      console.error(`${what} on ${engine} failed to run: ${error.stack ?? error.message}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

export function ensureBuild() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.error("No production build (.next/BUILD_ID): run `npx next build` first (npm test does).");
    process.exit(1);
  }
}

/** A fresh, empty database for one run; `drop()` removes it afterwards. */
export async function freshDatabase(engine, name) {
  if (engine === "pglite") {
    const dir = `./data/sec-${name}-pglite`;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
    return { url: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("--engine postgres needs TEST_DATABASE_URL (e.g. from scripts/start-test-postgres.sh).");
  const db = `tracker_sec_${name.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${db}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${db}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${db} with (force)`);
      await c.end();
    },
  };
}

/** Migrates, loads the demo data and adds the editor, token and target initiatives (see security-fixture.ts). */
export function setupFixture(databaseUrl, targets) {
  const result = spawnSync("npx", ["tsx", "scripts/security-fixture.ts", "setup", String(targets)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`fixture setup failed:\n${result.stderr}\n${result.stdout}`);
  const line = result.stdout.trim().split("\n").filter((l) => l.startsWith("{")).pop();
  return JSON.parse(line);
}

export function verifyFixture(databaseUrl, acksFile) {
  const result = spawnSync("npx", ["tsx", "scripts/security-fixture.ts", "verify", acksFile], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  const line = (result.stdout ?? "").trim().split("\n").filter((l) => l.startsWith("{")).pop();
  if (result.status !== 0 || !line) throw new Error(`verification failed to run:\n${result.stderr}\n${result.stdout}`);
  return JSON.parse(line);
}

/** `next start` on the database, in its own process group; resolves once /api/health answers 200. */
export async function startServer({ databaseUrl, port, log, env = {} }) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...process.env, DATABASE_URL: databaseUrl, APP_URL: baseUrl, SEED_DEMO: "false", NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const started = Date.now();
  let exited = false;
  child.on("exit", () => (exited = true));
  while (Date.now() - started < 120_000) {
    if (exited) throw new Error(`the server exited during start-up; see ${log}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() - started >= 120_000) throw new Error(`the server did not become healthy within 120 s; see ${log}`);
  return {
    baseUrl,
    pid: child.pid,
    startedInMs: Date.now() - started,
    /** SIGKILL to the whole process group: no shutdown hooks, no flushing — a crash. */
    kill: () => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      return waitExit(child, 10_000);
    },
    stop: async () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return;
      }
      if (!(await waitExit(child, 15_000))) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // gone
        }
        await waitExit(child, 5_000);
      }
    },
  };
}

function waitExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      // npx exits first; give the rest of the group a moment to be reaped.
      setTimeout(() => resolve(true), 300);
    });
  });
}

/** JSON request with the editor's bearer token. */
export async function api(baseUrl, token, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, json, text };
}
