// What the in-memory facet index holds and how it counts (ARCHITECTURE P8): pure functions over a snapshot of the
// initiatives' facet values, loaded and kept current by facet-index.ts. Each count follows the SQL in facets.ts, the
// definition the tests compare it with.
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

export type Actor = { slug: string; name: string; rank: number };
export type Row = {
  id: number;
  /** Kept to notice a rename, which moves other initiatives' places in the order of names (nameRanks). */
  name: string;
  status: number;
  regionWide: boolean;
  announced: string | null;
  lastEvidence: string | null;
  domains: number;
  countries: number;
  sourceTypes: number;
  actors: number[];
  /** The sources its claims cite: a search matching a source's text finds the initiatives citing it. */
  sources: number[];
};

/** Actors are listed by frequency, this many at most (plus any selected ones). */
export const MAX_ACTORS = 40;

const FINISHED = new Set(FINISHED_STATUSES.map((s) => STATUSES.indexOf(s)));

export function maskOf(values: readonly string[], vocabulary: readonly string[]): number {
  let mask = 0;
  for (const v of values) {
    const bit = vocabulary.indexOf(v);
    if (bit < 0) throw new Error(`facet index: "${v}" is not in the vocabulary`);
    mask |= 1 << bit;
  }
  return mask;
}

export type Snapshot = {
  generation: number;
  rows: Map<number, Row>;
  /** Each initiative's place in the database's own order of names (`order by name, id`): the list's tie-breaker. */
  nameRanks: Map<number, number>;
  actors: Map<number, Actor>;
  actorIds: Map<string, number>;
  /** The highest actor id the rows or the actors table hold: counts are kept in an array indexed by id. */
  maxActorId: number;
};

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

export function countSnapshot(
  snapshot: Snapshot,
  filters: InitiativeFilters,
  search: ResolvedSearch | undefined,
  limit: number,
): FacetCounts {
  const range = announcedRange(filters);
  const reference = stalledBefore(new Date(), getEnv().STALLED_AFTER_MONTHS);
  const wantedActors = new Set(filters.actor.flatMap((slug) => snapshot.actorIds.get(slug) ?? []));
  // Each set filter as a test on a row: any of its values among the row's (one bit mask per facet).
  const anyOf = (values: readonly string[], vocabulary: readonly string[], bits: (row: Row) => number) => {
    if (!values.length) return null;
    const mask = maskOf(values, vocabulary);
    return (row: Row) => (bits(row) & mask) !== 0;
  };
  const tests: Record<FacetKey, ((row: Row) => boolean) | null> = {
    domain: anyOf(filters.domain, DOMAIN_SLUGS, (row) => row.domains),
    country: anyOf(filters.country, COUNTRY_CODES, (row) => row.countries),
    status: anyOf(filters.status, STATUSES, (row) => 1 << row.status),
    actor: filters.actor.length ? (row: Row) => row.actors.some((a) => wantedActors.has(a)) : null,
    sourceType: anyOf(filters.sourceType, SOURCE_TYPES, (row) => row.sourceTypes),
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

/** For each cited source, the initiatives citing it: built once per snapshot, when a search first needs it. */
const citing = new WeakMap<Snapshot, Map<number, number[]>>();

/** The initiatives citing any of `sourceIds`, as searchIdsQuery's join of sources with citations finds them. */
export function idsCitingAny(snapshot: Snapshot, sourceIds: readonly number[]): number[] {
  let bySource = citing.get(snapshot);
  if (!bySource) {
    bySource = new Map();
    for (const row of snapshot.rows.values()) {
      for (const source of row.sources) {
        const ids = bySource.get(source);
        if (ids) ids.push(row.id);
        else bySource.set(source, [row.id]);
      }
    }
    citing.set(snapshot, bySource);
  }
  return sourceIds.flatMap((id) => bySource.get(id) ?? []);
}

/** The initiatives with one of `domains` (when given) and one of `countries` (when given): vocabularyMatch's test. */
export function idsWithVocabulary(snapshot: Snapshot, domains: readonly string[], countries: readonly string[]): number[] {
  const domainMask = maskOf(domains, DOMAIN_SLUGS);
  const countryMask = maskOf(countries, COUNTRY_CODES);
  const ids: number[] = [];
  for (const row of snapshot.rows.values()) {
    if (domains.length && !(row.domains & domainMask)) continue;
    if (countries.length && !(row.countries & countryMask)) continue;
    ids.push(row.id);
  }
  return ids;
}

const dateDescNullsLast = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;

export type MemorySort = "last-evidence" | "first-announced" | "name";

/** Every initiative in a sort's order, computed once per snapshot (a snapshot is one generation, never changed). */
const orders = new WeakMap<Snapshot, Map<MemorySort, number[]>>();

function orderOf(snapshot: Snapshot, sort: MemorySort): number[] {
  const cached = orders.get(snapshot)?.get(sort);
  if (cached) return cached;
  const keyed = [...snapshot.rows.values()].map((row) => ({
    id: row.id,
    date: sort === "last-evidence" ? row.lastEvidence : sort === "first-announced" ? row.announced : null,
    rank: snapshot.nameRanks.get(row.id) ?? Number.MAX_SAFE_INTEGER,
  }));
  keyed.sort((a, b) => dateDescNullsLast(a.date, b.date) || a.rank - b.rank);
  const order = keyed.map((k) => k.id);
  orders.set(snapshot, (orders.get(snapshot) ?? new Map()).set(sort, order));
  return order;
}

/**
 * One page of `ids` in the list's order for a sort that needs no text ranking, as orderByExpr (conditions.ts) orders
 * them: by last evidence or first announcement, newest first and undated last, then by name and id; or by name and
 * id. Walks the snapshot's order until the page is full: the first pages of a broad list cost a few steps.
 */
export function pageOfIds(
  snapshot: Snapshot,
  ids: readonly number[],
  sort: MemorySort,
  offset: number,
  size: number,
): number[] {
  const wanted = new Set(ids);
  const page: number[] = [];
  let skipped = 0;
  for (const id of orderOf(snapshot, sort)) {
    if (!wanted.has(id)) continue;
    if (skipped < offset) skipped++;
    else if (page.push(id) >= size) break;
  }
  return page;
}
