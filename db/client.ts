// One schema, two engines: embedded PGlite (default) or a PostgreSQL server, chosen by DATABASE_URL.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { type DatabaseTarget, getEnv, parseDatabaseTarget } from "@/lib/env";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either a database handle or an open transaction: query and mutation functions accept both. */
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  close: () => Promise<void>;
} & ({ kind: "pglite"; client: PGlite } | { kind: "postgres"; pool: pg.Pool });

const drizzleOptions = { schema, casing: "snake_case" } as const;

/**
 * Planner costs for data that is cached or on SSD (PostgreSQL's default 4 assumes spinning disks). With 4, a search
 * term matching ~15 % of initiatives is planned as sequential scans that read every search document and compute
 * word_similarity on every name, instead of the GIN indexes: at 10,000 initiatives 392 → 82 ms for that part of
 * the list query on PostgreSQL, 1,181 → 473 ms on PGlite (scripts/bench-query.ts, BENCHMARKS.md).
 */
const RANDOM_PAGE_COST = "1.1";

/** Opens a PGlite instance. `dataDir` undefined → in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const release = dataDir ? acquirePgliteLock(dataDir) : () => {};
  try {
    // Durability (ARCHITECTURE.md, S3): relaxedDurability must stay false, so a query resolves only after PGlite's
    // filesystem sync. On Node the data directory is the host filesystem (NODEFS): each commit's WAL is written with
    // write() before the commit returns, so an acknowledged write survives SIGKILL (scripts/crash-test.mjs); PGlite
    // never fsyncs, so power loss is covered by backups, not by this setting.
    const client = await PGlite.create({ dataDir, extensions: { pg_trgm }, relaxedDurability: false });
    await client.exec(`set random_page_cost = ${RANDOM_PAGE_COST}`);
    const db = drizzlePglite({ client, ...drizzleOptions }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      client,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, options: `-c random_page_cost=${RANDOM_PAGE_COST}` });
  // An idle client losing its connection (server restart) must not crash the app process.
  pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
  const db = drizzlePg({ client: pool, ...drizzleOptions }) as unknown as Db;
  return { db, kind: "postgres", pool, close: () => pool.end() };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite" ? openPglite(target.dataDir) : openPostgres(target.url);
}

// The app's process-wide database. Kept on globalThis so that every bundle Next.js builds (instrumentation,
// pages, route handlers) shares one connection — and, for PGlite, one lock holder.
const globalForDb = globalThis as unknown as { __trackerDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.__trackerDb ??= openDatabase(parseDatabaseTarget(getEnv().DATABASE_URL)).catch((error) => {
    globalForDb.__trackerDb = undefined;
    throw error;
  });
  return globalForDb.__trackerDb;
}

/**
 * Tests only: points getDatabase()/getDb() — and so every route handler and server action — at a test database
 * (from db/testing.ts). Pass undefined to forget it. The app never calls this.
 */
export function setTestDatabase(database: Database | undefined): void {
  globalForDb.__trackerDb = database ? Promise.resolve(database) : undefined;
}

/** The process-wide database if it has been opened (or is opening), without opening it. */
export function openedDatabase(): Promise<Database> | null {
  return globalForDb.__trackerDb ?? null;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Runs raw SQL and returns its rows. Both drivers answer with `{ rows }`; the generic Db type cannot say so. */
export async function queryRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
