// What the page cache in front of Next.js (scripts/serve.mjs, lib/page-cache/server.mjs) asks the app: the data's
// generation, what a page depends on, and whether the changes between two generations reach it. Registered on
// globalThis by instrumentation.ts once the database is ready, because the server around Next.js cannot import the
// app's bundled modules; it serves every page uncached until the bridge is there.
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "@/db/client";
import { currentDataVersion } from "@/lib/cache/read-cache";
import { getRelatedInitiatives } from "@/lib/initiatives/detail";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { BRIDGE_KEY } from "./keys.mjs";
import { type Change, isReached, listDependency, type PageDependency, parseScope, type Signature } from "./changes";

export type PageCacheBridge = {
  /** The current generation, read after the call (concurrent callers share one read that started after them). */
  generation(): Promise<number>;
  /** What the page at `url` (path and query) depends on, read at the current data. */
  describe(url: string): Promise<PageDependency>;
  /** Whether a change committed after `from`, up to and including `to`, reaches a page that depends on `dependency`. */
  isStale(dependency: PageDependency, from: number, to: number): Promise<boolean>;
};

/** Changes kept in memory; older entries than the oldest kept are treated as stale. */
const MAX_CHANGES = 50_000;

type ChangeRow = {
  generation: string | number;
  scope: string;
  initiative_id: number;
  old_signature: Signature | null;
  new_signature: Signature | null;
};

/** The index of the first change after `generation` in a log sorted by generation (its length if none). */
function firstAfter(log: readonly Change[], generation: number): number {
  let low = 0;
  let high = log.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (log[mid]!.generation <= generation) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function createBridge(db: Db): PageCacheBridge {
  // The change log this process has read, for generations (loadedFrom, loadedThrough].
  const log: Change[] = [];
  let loadedFrom = -1;
  let loadedThrough = -1;
  let loading: Promise<void> = Promise.resolve();

  // One generation read in flight at a time; callers arriving meanwhile wait for the next one, which starts after
  // they arrived, so nobody is answered with a generation read before a commit they could have seen.
  let inflight: Promise<number> | null = null;
  let queued: Promise<number> | null = null;
  const readGeneration = (): Promise<number> => {
    if (!inflight) {
      inflight = currentDataVersion(db)
        .then((v) => {
          // The change log starts at the first generation handed out: no page can be older.
          if (loadedFrom < 0) loadedFrom = loadedThrough = v.generation;
          return v.generation;
        })
        .finally(() => {
          inflight = null;
        });
      return inflight;
    }
    queued ??= inflight
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return readGeneration();
      });
    return queued;
  };

  const loadThrough = (to: number): Promise<void> => {
    // One load at a time, in order; a failed load fails its callers, not the ones after it.
    loading = loading
      .catch(() => undefined)
      .then(async () => {
        if (to <= loadedThrough) return;
        const rows = await queryRows<ChangeRow>(db, sqlChanges(loadedThrough, to));
        for (const row of rows) {
          const generation = Number(row.generation);
          log.push(
            row.scope === "initiative"
              ? {
                  generation,
                  scope: "initiative",
                  initiativeId: row.initiative_id,
                  before: row.old_signature,
                  after: row.new_signature,
                }
              : parseScope(generation, row.scope),
          );
        }
        loadedThrough = to;
        if (log.length > MAX_CHANGES) {
          const dropped = log.splice(0, log.length - MAX_CHANGES);
          loadedFrom = dropped[dropped.length - 1]!.generation;
        }
      });
    return loading;
  };

  return {
    generation: readGeneration,
    async describe(url) {
      const { pathname, searchParams } = new URL(url, "http://localhost");
      if (pathname === "/initiatives") {
        const filters = parseFiltersLenient(searchParams);
        const actorIds = filters.actor.length
          ? (await queryRows<{ id: number }>(db, sqlActorIds(filters.actor))).map((r) => r.id)
          : [];
        return listDependency(filters, actorIds);
      }
      const initiative = /^\/initiatives\/([^/]+)(?:\/feed\.xml)?$/.exec(pathname);
      if (initiative) {
        const [row] = await queryRows<{ id: number; kin: number[] }>(db, sqlKin(decodeURIComponent(initiative[1]!)));
        if (!row) return { kind: "everything" };
        const related = await getRelatedInitiatives(db, row.id);
        return { kind: "initiative", ids: [...new Set([row.id, ...row.kin, ...related.map((r) => r.id)])] };
      }
      return { kind: "everything" };
    },
    async isStale(dependency, from, to) {
      if (from >= to) return false;
      // Asked before any generation was handed out (the API's cache, with the page cache off): start the log here.
      if (loadedFrom < 0) loadedFrom = loadedThrough = from;
      await loadThrough(to);
      if (from < loadedFrom) return true;
      return isReached(dependency, log.slice(firstAfter(log, from), firstAfter(log, to)));
    },
  };
}

const sqlChanges = (after: number, through: number) =>
  sql`select generation, scope, initiative_id, old_signature, new_signature from data_changes
      where generation > ${after} and generation <= ${through} order by generation`;
const sqlActorIds = (slugs: string[]) =>
  sql`select id from actors where slug in (${sql.join(
    slugs.map((s) => sql`${s}`),
    sql`, `,
  )})`;
const sqlKin = (slug: string) =>
  sql`select i.id, array_remove(array[i.parent_id, i.superseded_by_id]
        || array(select k.id from initiatives k where k.parent_id = i.id or k.superseded_by_id = i.id), null) as kin
      from initiatives i where i.slug = ${slug}`;

/** The bridge registered by this process, if its database is ready (the API's cache asks it too). */
export function registeredBridge(): PageCacheBridge | undefined {
  return (globalThis as Record<symbol, PageCacheBridge | undefined>)[BRIDGE_KEY];
}

/** Called once the database is ready (instrumentation.ts): the server around Next.js starts caching pages. */
export function registerBridge(db: Db): void {
  (globalThis as Record<symbol, unknown>)[BRIDGE_KEY] = createBridge(db);
}
