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
import { FINISHED_STATUSES, STATUSES } from "@/lib/vocabulary/statuses";
import type { ResolvedSearch } from "./conditions";
import { announcedRange, type FacetKey, type InitiativeFilters, LIST_PARAMS } from "./filters";

/** Counts per facet value (only values that occur), the total and the possibly-stalled count. */
export type FacetCounts = {
  total: number;
  /** The ids of the initiatives matching every filter (from the index only: the SQL counts leave it out). */
  ids?: number[];
  stalled: number;
  values: Record<Exclude<FacetKey, "actor">, Map<string, number>>;
  /** The most frequent actors, count descending then name, at most `limit`. */
  actors: { slug: string; name: string; count: number }[];
};

type Actor = { slug: string; name: string; rank: number };
type Row = {
  id: number;
  status: number;
  regionWide: boolean;
  announced: string | null;
  lastEvidence: string | null;
  domains: number;
  countries: number;
  sourceTypes: number;
  actors: number[];
};

/** Actors are listed by frequency, this many at most (plus any selected ones). */
export const MAX_ACTORS = 40;

/** More generations apart than data_changes keeps (bump_data_version): reload. */
const CHANGE_LOG_LENGTH = 100_000;
const FINISHED = new Set(FINISHED_STATUSES.map((s) => STATUSES.indexOf(s)));

function maskOf(values: readonly string[], vocabulary: readonly string[]): number {
  let mask = 0;
  for (const v of values) {
    const bit = vocabulary.indexOf(v);
    if (bit < 0) throw new Error(`facet index: "${v}" is not in the vocabulary`);
    mask |= 1 << bit;
  }
  return mask;
}

const ROW_COLUMNS = sql`i.id, i.status::text as status, i.scope::text as scope, i.first_announced_on::text as announced,
  s.last_evidence_on::text as last_evidence, s.domain_slugs, s.country_codes, s.actor_ids, s.source_types
  from initiatives i join initiative_search s on s.initiative_id = i.id`;

type RowRecord = {
  id: number;
  status: string;
  scope: string;
  announced: string | null;
  last_evidence: string | null;
  domain_slugs: string[];
  country_codes: string[];
  actor_ids: number[];
  source_types: string[];
};

function toRow(r: RowRecord): Row {
  const status = STATUSES.indexOf(r.status as (typeof STATUSES)[number]);
  if (status < 0) throw new Error(`facet index: unknown status "${r.status}"`);
  return {
    id: r.id,
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
  };
}

type Snapshot = {
  generation: number;
  rows: Map<number, Row>;
  actors: Map<number, Actor>;
  actorIds: Map<string, number>;
  /** The highest actor id the rows or the actors table hold: counts are kept in an array indexed by id. */
  maxActorId: number;
};

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

function snapshotOf(
  generation: number,
  rows: Map<number, Row>,
  { actors, actorIds }: Pick<Snapshot, "actors" | "actorIds">,
): Snapshot {
  let maxActorId = 0;
  for (const id of actors.keys()) maxActorId = Math.max(maxActorId, id);
  for (const row of rows.values()) for (const id of row.actors) maxActorId = Math.max(maxActorId, id);
  return { generation, rows, actors, actorIds, maxActorId };
}

async function loadSnapshot(db: DbOrTx): Promise<Snapshot> {
  return readConsistently(db, async (tx) => {
    const generation = await readGeneration(tx);
    const rows = await queryRows<RowRecord>(tx, sql`select ${ROW_COLUMNS}`);
    stats.loads += 1;
    return snapshotOf(generation, new Map(rows.map((r) => [r.id, toRow(r)])), await readActors(tx));
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
    if (ids.size) {
      for (const id of ids) rows.delete(id);
      const fresh = await queryRows<RowRecord>(
        tx,
        sql`select ${ROW_COLUMNS} where i.id = any(${`{${[...ids].join(",")}}`}::int[])`,
      );
      for (const r of fresh) rows.set(r.id, toRow(r));
    }
    stats.patches += 1;
    return snapshotOf(generation, rows, actorsChanged ? await readActors(tx) : old);
  });
  return patched ?? loadSnapshot(db);
}

type Holder = { snapshot?: Snapshot; updating?: Promise<Snapshot> };
const holders = new WeakMap<object, Holder>();
const stats = { loads: 0, patches: 0 };

async function snapshotAt(db: DbOrTx, generation: number): Promise<Snapshot> {
  let holder = holders.get(db);
  if (!holder) holders.set(db, (holder = {}));
  for (;;) {
    if (holder.snapshot && holder.snapshot.generation >= generation) return holder.snapshot;
    if (!holder.updating) {
      const base = holder.snapshot;
      const updating = (base ? patchSnapshot(db, base) : loadSnapshot(db)).then((next) => {
        holder.snapshot = next;
        return next;
      });
      holder.updating = updating;
      void updating.finally(() => {
        if (holder.updating === updating) holder.updating = undefined;
      });
    }
    await holder.updating;
  }
}

/** The first day that is not "possibly stalled" today: STALLED_AFTER_MONTHS before today (UTC, as the read cache counts days). */
export function stalledBefore(today: Date, months: number): string {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(today.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

function addBits(counts: number[], mask: number): void {
  for (let bit = 0; mask; bit++, mask >>>= 1) if (mask & 1) counts[bit]! += 1;
}

function countSnapshot(
  snapshot: Snapshot,
  filters: InitiativeFilters,
  search: ResolvedSearch | undefined,
  limit: number,
): FacetCounts {
  const range = announcedRange(filters);
  const reference = stalledBefore(new Date(), getEnv().STALLED_AFTER_MONTHS);
  const wantedActors = new Set(filters.actor.flatMap((slug) => snapshot.actorIds.get(slug) ?? []));
  const tests: Record<FacetKey, ((row: Row) => boolean) | null> = {
    domain: filters.domain.length
      ? (
          (mask) => (row: Row) =>
            (row.domains & mask) !== 0
        )(maskOf(filters.domain, DOMAIN_SLUGS))
      : null,
    country: filters.country.length
      ? (
          (mask) => (row: Row) =>
            (row.countries & mask) !== 0
        )(maskOf(filters.country, COUNTRY_CODES))
      : null,
    status: filters.status.length
      ? (
          (mask) => (row: Row) =>
            ((1 << row.status) & mask) !== 0
        )(maskOf(filters.status, STATUSES))
      : null,
    actor: filters.actor.length ? (row: Row) => row.actors.some((a) => wantedActors.has(a)) : null,
    sourceType: filters.sourceType.length
      ? (
          (mask) => (row: Row) =>
            (row.sourceTypes & mask) !== 0
        )(maskOf(filters.sourceType, SOURCE_TYPES))
      : null,
  };
  const isStalled = (row: Row) =>
    !FINISHED.has(row.status) && (row.lastEvidence ?? row.announced ?? "1900-01-01") < reference;
  const domain = new Array<number>(DOMAIN_SLUGS.length).fill(0);
  const country = new Array<number>(COUNTRY_CODES.length).fill(0);
  const status = new Array<number>(STATUSES.length).fill(0);
  const sourceType = new Array<number>(SOURCE_TYPES.length).fill(0);
  const actors = new Int32Array(snapshot.maxActorId + 1);
  const active = LIST_PARAMS.flatMap((key) => (tests[key] ? [{ key, test: tests[key] }] : []));
  const ids: number[] = [];
  let stalled = 0;
  const rows = search ? [...new Set(search.ids)].flatMap((id) => snapshot.rows.get(id) ?? []) : snapshot.rows.values();
  for (const row of rows) {
    if ((range.from || range.to) && !row.announced) continue;
    if (range.from && row.announced! < range.from) continue;
    if (range.to && row.announced! > range.to) continue;
    if (filters.scope && row.regionWide !== (filters.scope === "region-wide")) continue;
    if (filters.stalled && !isStalled(row)) continue;
    // The one facet whose own filter this row fails (it counts only there), or none; failing two, it counts nowhere.
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const { key, test } of active) {
      if (!test(row)) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      ids.push(row.id);
      if (isStalled(row)) stalled += 1;
    }
    if (failed === null || failed === "domain") addBits(domain, row.domains);
    if (failed === null || failed === "country") addBits(country, row.countries);
    if (failed === null || failed === "status") status[row.status]! += 1;
    if (failed === null || failed === "sourceType") addBits(sourceType, row.sourceTypes);
    if (failed === null || failed === "actor") for (const a of row.actors) actors[a]! += 1;
  }
  const byValue = (vocabulary: readonly string[], counts: number[]) =>
    new Map(vocabulary.flatMap((v, i) => (counts[i] ? [[v, counts[i]] as const] : [])));
  const ranked: (Actor & { count: number })[] = [];
  actors.forEach((count, id) => {
    const actor = count ? snapshot.actors.get(id) : undefined;
    if (actor) ranked.push({ ...actor, count });
  });
  ranked.sort((a, b) => b.count - a.count || a.rank - b.rank);
  return {
    total: ids.length,
    ids,
    stalled,
    values: {
      domain: byValue(DOMAIN_SLUGS, domain),
      country: byValue(COUNTRY_CODES, country),
      status: byValue(STATUSES, status),
      sourceType: byValue(SOURCE_TYPES, sourceType),
    },
    actors: ranked.slice(0, limit).map(({ slug, name, count }) => ({ slug, name, count })),
  };
}

/**
 * The facet counts from this process's snapshot at the data's current generation, or null where they must come from
 * SQL: as-of views (history replayed), transactions and other handles than the app's (they may see uncommitted
 * writes), and FACET_INDEX=false.
 */
export async function countFacetsFromIndex(
  db: DbOrTx,
  filters: InitiativeFilters,
  search: ResolvedSearch | undefined,
  limit = MAX_ACTORS,
): Promise<FacetCounts | null> {
  if (!getEnv().FACET_INDEX || filters.asOf || !(await isAppDatabase(db))) return null;
  const { generation } = await getDataVersion(db);
  return countSnapshot(await snapshotAt(db, generation), filters, search, limit);
}

/** How often snapshots were loaded whole and patched (tests, the benchmark). */
export function facetIndexStats(): { loads: number; patches: number } {
  return { ...stats };
}
