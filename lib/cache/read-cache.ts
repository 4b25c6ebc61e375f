// Public reads cached in each app process and validated by the data's generation (db/schema/data-version.ts).
// A read first asks the database for the current generation — one single-row lookup — and serves a result
// computed at that generation if this process has one; otherwise it computes and keeps it. A write bumps the
// generation when it commits, in the same transaction as the data, so every process (ARCHITECTURE P1) misses at
// once after an edit: the cache is never stale, there is nothing to revalidate, and no shared cache service.
import { AsyncLocalStorage } from "node:async_hooks";
import { cache as perRequest } from "react";
import { sql } from "drizzle-orm";
import { type Db, type DbOrTx, openedDatabase, queryRows } from "@/db/client";
import { getEnv } from "@/lib/env";

export type DataVersion = { generation: number; changedAt: Date };

type Entry = {
  generation: number;
  day: string;
  value: Promise<unknown>;
  bytes: number;
  dependency?: unknown;
  revalidation?: Revalidation;
};

/**
 * Lets an entry outlive a generation when none of the changes committed since reaches what it depends on (the page
 * cache's rules, lib/page-cache): `describe` says what the result depends on, `isStale` judges the changes.
 */
export type Revalidation = {
  describe: () => Promise<unknown>;
  isStale: (dependency: unknown, from: number, to: number) => Promise<boolean>;
};

/** Least recently used first: a Map keeps insertion order, and a hit re-inserts its key. */
const entries = new Map<string, Entry>();
let totalBytes = 0;
// Results are kept per database: tests point the app at a fresh database whose generations start at 1 again.
const databaseIds = new WeakMap<object, number>();
let nextDatabaseId = 1;
const requestVersion = new AsyncLocalStorage<{ db: DbOrTx; version: DataVersion }>();

type VersionRow = { generation: string | number | bigint; changed_at: Date | string };
const VERSION_QUERY = "select generation, changed_at from data_version";

async function queryVersion(db: DbOrTx): Promise<DataVersion> {
  // On every cached read, so the app's own database is asked through its driver directly (PGlite: ~0.2 ms instead
  // of ~0.35 through Drizzle; PostgreSQL: a prepared statement).
  const database = await appDatabase();
  const [row] =
    database?.db !== db
      ? await queryRows<VersionRow>(db, sql.raw(VERSION_QUERY))
      : database.kind === "pglite"
        ? (await database.client.query<VersionRow>(VERSION_QUERY)).rows
        : (await database.pool.query<VersionRow>({ name: "data_version", text: VERSION_QUERY })).rows;
  if (!row) throw new Error("data_version has no row: the database is not migrated");
  return { generation: Number(row.generation), changedAt: new Date(row.changed_at) };
}

/** The data's current generation, always read from the database (the page cache asks once per request). */
export const currentDataVersion = (db: DbOrTx): Promise<DataVersion> => queryVersion(db);

// Once per request in server components (React's request cache); route handlers run inside withDataVersion.
const queryVersionPerRequest = perRequest(queryVersion);

/** The data's current generation: for this request if one was read already, otherwise from the database. */
export function getDataVersion(db: DbOrTx): Promise<DataVersion> {
  const store = requestVersion.getStore();
  if (store && store.db === db) return Promise.resolve(store.version);
  return queryVersionPerRequest(db);
}

/** Runs `work` with the data version read once up front, so every cached read inside it uses that generation. */
export async function withDataVersion<T>(db: Db, work: (version: DataVersion) => Promise<T>): Promise<T> {
  const version = await queryVersion(db);
  return requestVersion.run({ db, version }, () => work(version));
}

function budgetBytes(): number {
  return getEnv().READ_CACHE_MB * 1024 * 1024;
}

/** Rough size of a result in memory (its JSON length): what the byte budget counts. */
function sizeOf(value: unknown): number {
  try {
    return (JSON.stringify(value)?.length ?? 0) * 2;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function evict(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.bytes;
}

function remember(key: string, entry: Entry): void {
  evict(key);
  entries.set(key, entry);
  totalBytes += entry.bytes;
  for (const oldest of entries.keys()) {
    if (totalBytes <= budgetBytes()) break;
    evict(oldest);
  }
}

/** Results are shared between requests: freezing them outside production makes an accidental mutation throw. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The app's process-wide database, if open: never opens one (a script with its own handle must not). */
async function appDatabase() {
  return (await openedDatabase()?.catch(() => null)) ?? null;
}

/** Whether `db` is the app's own process-wide handle (not a transaction, not a script's handle). */
export async function isAppDatabase(db: DbOrTx): Promise<boolean> {
  // Only the process-wide handle: a transaction may see its own uncommitted writes, a script's handle is its own.
  return db === (await appDatabase())?.db;
}

/**
 * The result of `load()` for `key` at the data's current generation: computed once per generation (and day), then
 * shared. Reads with a transaction, or with the cache turned off (READ_CACHE_MB=0), go straight to `load`.
 */
export async function cached<R>(
  db: DbOrTx,
  key: string,
  load: () => Promise<R>,
  revalidation?: Revalidation,
): Promise<R> {
  if (budgetBytes() === 0 || !(await isAppDatabase(db))) return load();
  const { generation } = await getDataVersion(db);
  if (!databaseIds.has(db)) databaseIds.set(db, nextDatabaseId++);
  const fullKey = `${databaseIds.get(db)}|${key}`;
  const day = new Date().toISOString().slice(0, 10);
  const hit = entries.get(fullKey);
  if (hit && hit.day === day && hit.generation < generation && hit.revalidation && hit.dependency !== undefined) {
    const settled = await hit.value.then(
      () => true,
      () => false,
    );
    if (settled && !(await hit.revalidation.isStale(hit.dependency, hit.generation, generation))) {
      hit.generation = Math.max(hit.generation, generation);
    }
  }
  if (hit && hit.generation === generation && hit.day === day) {
    entries.delete(fullKey); // most recently used goes last
    entries.set(fullKey, hit);
    return hit.value as Promise<R>;
  }
  // What the result depends on is read before it is computed, at this generation or a later one.
  const dependency = revalidation ? await revalidation.describe().catch(() => undefined) : undefined;
  // Concurrent misses for one key share the computation; a failure is not kept.
  const value: Promise<R> = load().then((result) => {
    const entry = entries.get(fullKey);
    if (entry?.value === value) remember(fullKey, { ...entry, bytes: sizeOf(result) });
    return getEnv().NODE_ENV === "production" ? result : deepFreeze(result);
  });
  value.catch(() => {
    if (entries.get(fullKey)?.value === value) evict(fullKey);
  });
  remember(fullKey, {
    generation,
    day,
    value,
    bytes: 0,
    dependency,
    revalidation: dependency === undefined ? undefined : revalidation,
  });
  return value;
}

/**
 * Wraps a public read `load(db, ...args)` so its results are cached per data generation. The arguments after `db`
 * must be JSON-serialisable: with the name, they form the key.
 */
export function cachedRead<A extends unknown[], R>(name: string, load: (db: DbOrTx, ...args: A) => Promise<R>) {
  return (db: DbOrTx, ...args: A): Promise<R> => cached(db, `${name}|${JSON.stringify(args)}`, () => load(db, ...args));
}

/** What the cache holds (tests, the benchmark's memory figures). */
export function readCacheStats(): { entries: number; bytes: number } {
  return { entries: entries.size, bytes: totalBytes };
}

/** Tests only: forgets every cached result. */
export function clearReadCache(): void {
  entries.clear();
  totalBytes = 0;
}
