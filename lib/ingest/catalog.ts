// The linking catalog (initiatives and actors with every alias) comes from the database. Compiling it into an
// extractor is too slow to repeat per request (measured with synthetic catalogs: 0.34 s for 100 initiatives, 0.74 s
// for 1,000, 1.9 s for 10,000, against 0.15–0.25 s for extracting one article), so the compiled extractor is cached
// per database and per process, and rebuilt when a fingerprint of the catalog tables changes — one small query per
// request: every write path that edits names or aliases (lib/initiatives/mutations.ts) bumps initiatives.updated_at,
// and alias inserts or deletes change the alias count and highest id.
import { inArray, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { actors, aliases, initiatives } from "@/db/schema";
import type { Status } from "@/lib/vocabulary/statuses";
import { createExtractor, type Extractor } from "./extract/extract";
import type { Catalog, CatalogEntry } from "./extract/types";

export async function catalogFingerprint(db: DbOrTx): Promise<string> {
  const [row] = await queryRows<{ fingerprint: string }>(
    db,
    sql`select concat_ws('|',
      (select count(*) from initiatives), (select max(updated_at) from initiatives),
      (select count(*) from actors), (select max(updated_at) from actors),
      (select count(*) from aliases), (select max(id) from aliases)) as fingerprint`,
  );
  return row?.fingerprint ?? "";
}

export async function loadCatalog(db: DbOrTx): Promise<Catalog> {
  const [initiativeRows, actorRows, aliasRows] = await Promise.all([
    db.select({ id: initiatives.id, slug: initiatives.slug, name: initiatives.name }).from(initiatives),
    db.select({ id: actors.id, slug: actors.slug, name: actors.name }).from(actors),
    db.select({ initiativeId: aliases.initiativeId, actorId: aliases.actorId, name: aliases.name }).from(aliases),
  ]);
  const byInitiative = new Map<number, string[]>();
  const byActor = new Map<number, string[]>();
  for (const a of aliasRows) {
    if (a.initiativeId !== null) (byInitiative.get(a.initiativeId) ?? byInitiative.set(a.initiativeId, []).get(a.initiativeId)!).push(a.name);
    else if (a.actorId !== null) (byActor.get(a.actorId) ?? byActor.set(a.actorId, []).get(a.actorId)!).push(a.name);
  }
  const entry = (map: Map<number, string[]>) => (r: { id: number; slug: string; name: string }): CatalogEntry => ({ slug: r.slug, name: r.name, aliases: map.get(r.id) ?? [] });
  return { initiatives: initiativeRows.map(entry(byInitiative)), actors: actorRows.map(entry(byActor)) };
}

type Cached = { fingerprint: string; extractor: Promise<Extractor> };

// Keyed by the database handle: tests open several databases in one process, the app one.
const globalForCatalog = globalThis as unknown as { __trackerExtractors?: WeakMap<object, Cached> };

/** The extractor for the catalog as it is now; compiled once per change of the catalog. Pass the database, not a transaction. */
export async function getExtractor(db: DbOrTx): Promise<Extractor> {
  const cache = (globalForCatalog.__trackerExtractors ??= new WeakMap());
  const fingerprint = await catalogFingerprint(db);
  const cached = cache.get(db);
  if (cached && cached.fingerprint === fingerprint) return cached.extractor;
  const extractor = loadCatalog(db).then(createExtractor);
  cache.set(db, { fingerprint, extractor });
  // A failed load must not be cached: the next request tries again.
  extractor.catch(() => cache.get(db)?.extractor === extractor && cache.delete(db));
  return extractor;
}

/** The current status of these initiatives, which a reported event's status change starts from. */
export async function getInitiativeStatuses(db: DbOrTx, slugs: string[]): Promise<Map<string, Status>> {
  if (!slugs.length) return new Map();
  const rows = await db.select({ slug: initiatives.slug, status: initiatives.status }).from(initiatives).where(inArray(initiatives.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r.status]));
}
