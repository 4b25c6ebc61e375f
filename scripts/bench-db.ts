// The benchmark's databases: one per engine and size (data/bench-<size> for PGlite, tracker_bench_<size> on the
// PostgreSQL server), filled by the scale seed once and reused while they hold exactly that many initiatives.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase, queryRows } from "@/db/client";
import { parseDatabaseTarget } from "@/lib/env";

export type Engine = "pglite" | "postgres";
export type BenchDatabase = {
  label: string;
  databaseUrl: string;
  /** Seconds the scale seed took for this database (now, or when it was created). */
  seedSeconds: number | null;
  seededNow: boolean;
  /** A typical initiative (median id) for the detail page. */
  slug: string;
};

export const sizeLabel = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** The PostgreSQL server to create benchmark databases on: --database-url, BENCH_DATABASE_URL, TEST_DATABASE_URL or a local one. */
export function postgresBaseUrl(explicit: string | undefined): string {
  const url = explicit ?? process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) return url;
  console.log("Starting the local PostgreSQL (scripts/start-test-postgres.sh)…");
  return execFileSync("bash", ["scripts/start-test-postgres.sh"], { encoding: "utf8" }).trim().split("\n").at(-1)!;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

type SeedState = { initiatives: number; seconds: number | null; slug: string | null };

async function readState(databaseUrl: string): Promise<SeedState | null> {
  const database = await openDatabase(parseDatabaseTarget(databaseUrl));
  try {
    const [meta] = await queryRows<{ value: string }>(database.db, sql`select value from app_meta where key = 'scale_seed'`);
    const [counts] = await queryRows<{ n: number; slug: string | null }>(
      database.db,
      sql`select count(*)::int as n,
            (select slug from initiatives where id >= (select (min(id) + max(id)) / 2 from initiatives) order by id limit 1) as slug
          from initiatives`,
    );
    if (!meta) return { initiatives: -1, seconds: null, slug: null };
    const value = JSON.parse(meta.value) as { initiatives: number; lastRun?: { seconds: number } };
    return { initiatives: value.initiatives === counts?.n ? value.initiatives : -1, seconds: value.lastRun?.seconds ?? null, slug: counts?.slug ?? null };
  } catch {
    return null;
  } finally {
    await database.close();
  }
}

function seed(databaseUrl: string, initiatives: number): void {
  console.log(`Seeding ${initiatives} initiatives (npm run db:seed:scale)…`);
  const run = spawnSync("npx", ["tsx", "db/cli/seed-scale.ts", "--initiatives", String(initiatives)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (run.status !== 0) throw new Error("The scale seed failed.");
}

export async function ensureBenchDatabase(engine: Engine, initiatives: number, pgBase: string | undefined): Promise<BenchDatabase> {
  const label = sizeLabel(initiatives);
  let databaseUrl: string;
  let recreate: () => Promise<void>;
  if (engine === "pglite") {
    // Absolute: the server runs in the build directory, not here.
    const dir = path.resolve("data", `bench-${label}`);
    databaseUrl = dir;
    recreate = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `tracker_bench_${label}`;
    const base = pgBase!;
    databaseUrl = withDatabase(base, name);
    recreate = async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
    };
  }
  let state = engine === "pglite" && !fs.existsSync(databaseUrl) ? null : await readState(databaseUrl);
  let seededNow = false;
  if (state?.initiatives !== initiatives) {
    await recreate();
    seed(databaseUrl, initiatives);
    seededNow = true;
    state = await readState(databaseUrl);
  }
  if (!state?.slug) throw new Error(`The benchmark database ${databaseUrl} has no initiatives.`);
  return { label, databaseUrl, seedSeconds: state.seconds, seededNow, slug: state.slug };
}

/** An editor with an API token in the benchmark database (written directly, once): the after-edit measurement's writer. */
export async function ensureBenchEditor(databaseUrl: string): Promise<string> {
  const token = `cadt_${createHash("sha256").update("tracker benchmark editor").digest("base64url")}`;
  const database = await openDatabase(parseDatabaseTarget(databaseUrl));
  try {
    await database.db.execute(sql`insert into users (id, name, email, role, email_verified)
      values ('bench-editor', 'Benchmark editor', 'bench-editor@example.org', 'editor', true) on conflict do nothing`);
    await database.db.execute(sql`insert into api_tokens (user_id, name, token_hash, prefix)
      values ('bench-editor', 'benchmark', ${createHash("sha256").update(token).digest("hex")}, ${token.slice(0, 12)}) on conflict do nothing`);
  } finally {
    await database.close();
  }
  return token;
}
