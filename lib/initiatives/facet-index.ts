// The list's facet counts from memory (ARCHITECTURE P8). Each app process keeps, per database, what the counts need
// of every initiative — status, scope, dates and the facet arrays of initiative_search, as small integers and bit
// masks — at one data generation. A read asks the generation as it does for the read cache; when the data moved on,
// the snapshot re-reads only the initiatives data_changes names (migration 0013) and reloads fully only for changes
// that reach everything. Counting is then one pass over the candidate rows in JavaScript instead of a statement that
// unnests every array: the SQL in facets.ts stays the definition, for as-of views, transactions and scripts, and the
// tests hold the two equal.
import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { getDataVersion, isAppDatabase } from "@/lib/cache/read-cache";
import { getEnv } from "@/lib/env";
import { COUNTRY_CODES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";
import { initiativeIdIn, type ResolvedSearch } from "./conditions";
import { countSnapshot, type FacetCounts, MAX_ACTORS, maskOf, type Row, type Snapshot } from "./facet-snapshot";
import type { InitiativeFilters } from "./filters";

export {
  countSnapshot,
  type FacetCounts,
  idsCitingAny,
  idsWithVocabulary,
  MAX_ACTORS,
  pageOfIds,
  type Snapshot,
  stalledBefore,
} from "./facet-snapshot";

/** More generations apart than data_changes keeps (bump_data_version): reload. */
const CHANGE_LOG_LENGTH = 100_000;
const ROW_COLUMNS = sql`i.id, i.name, i.status::text as status, i.scope::text as scope, i.first_announced_on::text as announced,
  s.last_evidence_on::text as last_evidence, s.domain_slugs, s.country_codes, s.actor_ids, s.source_types,
  array(select distinct c.source_id from citations c where c.initiative_id = i.id) as source_ids
  from initiatives i join initiative_search s on s.initiative_id = i.id`;

type RowRecord = {
  id: number;
  name: string;
  status: string;
  scope: string;
  announced: string | null;
  last_evidence: string | null;
  domain_slugs: string[];
  country_codes: string[];
  actor_ids: number[];
  source_types: string[];
  source_ids: number[];
};

function toRow(r: RowRecord): Row {
  const status = STATUSES.indexOf(r.status as (typeof STATUSES)[number]);
  if (status < 0) throw new Error(`facet index: unknown status "${r.status}"`);
  return {
    id: r.id,
    name: r.name,
    status,
    regionWide: r.scope === "region-wide",
    announced: r.announced,
    lastEvidence: r.last_evidence,
    domains: maskOf(r.domain_slugs, DOMAIN_SLUGS),
    countries: maskOf(
      r.country_codes.map((c) => c.trim()),
      COUNTRY_CODES,
    ),
    sourceTypes: maskOf(r.source_types, SOURCE_TYPES),
    actors: r.actor_ids,
    sources: r.source_ids,
  };
}

/** A read transaction that sees one state of the data (repeatable read on PostgreSQL; PGlite has one connection). */
function readConsistently<T>(db: DbOrTx, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    return work(tx);
  });
}

async function readGeneration(tx: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ generation: string | number }>(tx, sql`select generation from data_version`);
  return Number(row!.generation);
}

async function readActors(tx: DbOrTx): Promise<Pick<Snapshot, "actors" | "actorIds">> {
  // Ranked by the database's own ordering of names, so ties in count break exactly as the SQL facets break them.
  const rows = await queryRows<{ id: number; slug: string; name: string; rank: number }>(
    tx,
    sql`select id, slug, name, (row_number() over (order by name, id))::int as rank from actors`,
  );
  return {
    actors: new Map(rows.map((a) => [a.id, { slug: a.slug, name: a.name, rank: a.rank }])),
    actorIds: new Map(rows.map((a) => [a.slug, a.id])),
  };
}

async function readNameRanks(tx: DbOrTx): Promise<Map<number, number>> {
  const rows = await queryRows<{ id: number; rank: number }>(
    tx,
    sql`select id, (row_number() over (order by name, id))::int as rank from initiatives`,
  );
  return new Map(rows.map((r) => [r.id, r.rank]));
}

function snapshotOf(
  generation: number,
  rows: Map<number, Row>,
  nameRanks: Map<number, number>,
  { actors, actorIds }: Pick<Snapshot, "actors" | "actorIds">,
): Snapshot {
  let maxActorId = 0;
  for (const id of actors.keys()) maxActorId = Math.max(maxActorId, id);
  for (const row of rows.values()) for (const id of row.actors) maxActorId = Math.max(maxActorId, id);
  return { generation, rows, nameRanks, actors, actorIds, maxActorId };
}

async function loadSnapshot(db: DbOrTx): Promise<Snapshot> {
  return readConsistently(db, async (tx) => {
    const generation = await readGeneration(tx);
    const rows = await queryRows<RowRecord>(tx, sql`select ${ROW_COLUMNS}`);
    stats.loads += 1;
    return snapshotOf(
      generation,
      new Map(rows.map((r) => [r.id, toRow(r)])),
      await readNameRanks(tx),
      await readActors(tx),
    );
  });
}

/** The snapshot brought to the current generation: changed initiatives re-read, or everything when that is simpler. */
async function patchSnapshot(db: DbOrTx, old: Snapshot): Promise<Snapshot> {
  const patched = await readConsistently(db, async (tx) => {
    const generation = await readGeneration(tx);
    if (generation - old.generation > CHANGE_LOG_LENGTH) return null;
    const changes = await queryRows<{ scope: string; initiative_id: number }>(
      tx,
      sql`select scope, initiative_id from data_changes where generation > ${old.generation} and generation <= ${generation}`,
    );
    const ids = new Set<number>();
    let actorsChanged = false;
    for (const change of changes) {
      const scope = change.scope.split("@")[0];
      if (scope === "initiative") ids.add(change.initiative_id);
      else if (scope === "actors") actorsChanged = true;
      // A source alone counts nowhere until cited (a citation is an initiative change); a batch's end only releases.
      else if (scope !== "sources" && scope !== "batch-end") return null;
    }
    const rows = new Map(old.rows);
    // A new or renamed initiative moves others in the order of names; an edit that keeps every name does not.
    let renamed = false;
    if (ids.size) {
      for (const id of ids) rows.delete(id);
      const fresh = await queryRows<RowRecord>(tx, sql`select ${ROW_COLUMNS} where ${initiativeIdIn(ids)}`);
      for (const r of fresh) {
        renamed ||= old.rows.get(r.id)?.name !== r.name;
        rows.set(r.id, toRow(r));
      }
    }
    stats.patches += 1;
    const nameRanks = renamed ? await readNameRanks(tx) : old.nameRanks;
    return snapshotOf(generation, rows, nameRanks, actorsChanged ? await readActors(tx) : old);
  });
  return patched ?? loadSnapshot(db);
}

type Holder = { snapshot?: Snapshot; updating?: Promise<Snapshot> };
const holders = new WeakMap<object, Holder>();
const stats = { loads: 0, patches: 0 };

async function snapshotAt(db: DbOrTx, generation: number): Promise<Snapshot> {
  let holder = holders.get(db);
  if (!holder) holders.set(db, (holder = {}));
  // Twice at most: an update reads the generation after the request did, so one normally suffices; the second covers
  // a request that joined an update already under way from an older generation.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (holder.snapshot && holder.snapshot.generation >= generation) return holder.snapshot;
    if (!holder.updating) {
      const base = holder.snapshot;
      const updating = (base ? patchSnapshot(db, base) : loadSnapshot(db)).then((next) => {
        holder.snapshot = next;
        return next;
      });
      holder.updating = updating;
      const done = () => {
        if (holder.updating === updating) holder.updating = undefined;
      };
      updating.then(done, done);
    }
    await holder.updating;
  }
  return holder.snapshot!;
}

/**
 * This process's snapshot at the data's current generation (loaded or patched now if the data moved on), or null
 * where the counts must come from SQL: as-of views (history replayed), transactions and other handles than the app's
 * (they may see uncommitted writes), and FACET_INDEX=false. Call it outside any transaction of your own: bringing the
 * snapshot up to date takes a connection of the pool, which a request already holding one could otherwise wait for
 * while every other connection waits for the same snapshot.
 */
export async function facetIndexFor(db: DbOrTx, filters: InitiativeFilters): Promise<Snapshot | null> {
  if (!getEnv().FACET_INDEX || filters.asOf || !(await isAppDatabase(db))) return null;
  const { generation } = await getDataVersion(db);
  try {
    return await snapshotAt(db, generation);
  } catch (error) {
    // The index is an optimisation: if it cannot be brought up to date, this read counts in SQL (and the next tries again).
    console.error("facet index: could not load or patch the snapshot; counting in SQL", error);
    return null;
  }
}

/** The facet counts from this process's snapshot (facetIndexFor), or null where they must come from SQL. */
export async function countFacetsFromIndex(
  db: DbOrTx,
  filters: InitiativeFilters,
  search: ResolvedSearch | undefined,
  limit = MAX_ACTORS,
): Promise<FacetCounts | null> {
  const snapshot = await facetIndexFor(db, filters);
  return snapshot && countSnapshot(snapshot, filters, search, limit);
}

/** How often snapshots were loaded whole and patched (tests, the benchmark). */
export function facetIndexStats(): { loads: number; patches: number } {
  return { ...stats };
}
