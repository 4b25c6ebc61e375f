import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { withStatementTimeout } from "@/lib/security/statement-timeout";
import type { CountryCode } from "@/lib/vocabulary/countries";
import type { DatePrecision } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import {
  FILTERED_FROM,
  filterConditions,
  initiativeIdIn,
  lastEvidenceExpr,
  orderByExpr,
  FUZZY_BELOW,
  fuzzyNameIdsQuery,
  searchIdsQuery,
  searchPartsQuery,
  possiblyStalledExpr,
  type ResolvedSearch,
  statusExpr,
  whereClause,
} from "./conditions";
import { effectiveSort, type InitiativeFilters } from "./filters";
import {
  countSnapshot,
  facetIndexFor,
  idsCitingAny,
  idsWithVocabulary,
  MAX_ACTORS,
  pageOfIds,
  type Snapshot,
} from "./facet-index";
import { readVocabulary } from "@/lib/search/vocabulary";
import { type Facets, facetsFromCounts, getFacetsAndTotal } from "./facets";
import type { InitiativeScope } from "@/lib/vocabulary/misc";
import { getMatchExplanations, type MatchExplanation } from "./match";

export type InitiativeListItem = {
  id: number;
  slug: string;
  name: string;
  summary: string;
  status: Status;
  firstAnnouncedOn: string | null;
  firstAnnouncedPrecision: DatePrecision | null;
  lastEvidenceOn: string | null;
  evidenceCount: number;
  isPossiblyStalled: boolean;
  scope: InitiativeScope;
  reviewedOn: string | null;
  domains: string[];
  countries: CountryCode[];
  match: MatchExplanation | null;
};

export type InitiativeList = {
  data: InitiativeListItem[];
  page: number;
  pageSize: number;
  total: number;
  facets: Facets;
};

/**
 * One page of initiatives for the filters, the total, and facet counts — counted from the in-memory facet index
 * (ARCHITECTURE P8) or aggregated in SQL. Bounded by SEARCH_STATEMENT_TIMEOUT_MS on PostgreSQL
 * (lib/security/statement-timeout.ts).
 */
export async function findInitiatives(db: DbOrTx, filters: InitiativeFilters): Promise<InitiativeList> {
  // The facet index is brought up to date first, with the caller's handle and outside the timeout's transaction (on
  // PostgreSQL that transaction holds a pool connection, and updating the index takes another).
  const index = await facetIndexFor(db, filters);
  return withStatementTimeout(db, (conn) => findInitiativesUnbounded(conn, filters, index));
}

/**
 * Evaluates the text search once (ARCHITECTURE P4). With the facet index (ARCHITECTURE P8) the database answers only
 * what needs the texts — which initiatives' own text matches, which sources' text does — and the index supplies the
 * rest: the initiatives citing those sources and those with the domains and countries the query names. Without it
 * (as-of views, transactions, scripts) one statement answers all (searchIdsQuery, the definition; the tests hold the
 * two equal). Sequential scans are disabled for these statements: pg_trgm declares `<%` (word_similarity, ~15 µs per
 * name) as cheap as `=`, and its functions belong to the superuser, so on a small, narrow initiative_search (1,000 rows
 * in ~70 pages) the planner computes it for every name instead of rechecking the trigram index's candidates — 18
 * instead of 4 ms at 1k. Every branch of the search has its index.
 */
export async function resolveSearch(db: DbOrTx, q: string, index?: Snapshot | null): Promise<ResolvedSearch> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const ids = index ? await searchWithIndex(tx, q, index) : ((await queryRows<{ ids: number[] | null }>(tx, searchIdsQuery(q)))[0]?.ids ?? []);
    await tx.execute(sql`set local enable_seqscan = on`);
    return { ids };
  });
}

async function searchWithIndex(tx: DbOrTx, q: string, index: Snapshot): Promise<number[]> {
  const [parts] = await queryRows<{ ids: number[]; sources: number[] }>(tx, searchPartsQuery(q));
  const found = new Set([...parts!.ids, ...idsCitingAny(index, parts!.sources)]);
  const reading = readVocabulary(q);
  if (reading) for (const id of idsWithVocabulary(index, reading.domains, reading.countries)) found.add(id);
  if (found.size < FUZZY_BELOW) {
    const [fuzzy] = await queryRows<{ ids: number[] }>(tx, fuzzyNameIdsQuery(q));
    for (const id of fuzzy!.ids) found.add(id);
  }
  return [...found];
}

async function findInitiativesUnbounded(db: DbOrTx, filters: InitiativeFilters, index: Snapshot | null): Promise<InitiativeList> {
  // The text search is the expensive part: evaluate it once, then the page and the facets (with the total) filter by id.
  const search = filters.q ? await resolveSearch(db, filters.q, index) : undefined;
  // With the facet index (ARCHITECTURE P8), a search's page is chosen among the ids that match every filter, which the
  // index has just counted: fewer ids to plan than the search's (2,050 for "data centre" at 10k: 11 ms of planning).
  const counts = index && countSnapshot(index, filters, search, MAX_ACTORS);
  const offset = (filters.page - 1) * filters.pageSize;
  // Any sort but relevance is a sort of the index's own values: the page is chosen in memory and only its rows are
  // read (ARCHITECTURE P8), instead of ordering every matching row in SQL (10,000 unfiltered: ~20 ms on PGlite).
  const sort = effectiveSort(filters);
  const pageIds =
    index && counts?.ids && sort !== "relevance"
      ? pageOfIds(index, counts.ids, sort, offset, filters.pageSize)
      : null;
  const where = pageIds
    ? whereClause([initiativeIdIn(pageIds)])
    : counts?.ids && search
      ? whereClause([initiativeIdIn(counts.ids)])
      : whereClause(filterConditions(filters, undefined, search));
  const [rows, { facets, total }] = await Promise.all([
    counts?.ids?.length === 0 || pageIds?.length === 0 ? [] : queryRows<{
      id: number;
      slug: string;
      name: string;
      summary: string;
      status: Status;
      first_announced_on: string | null;
      first_announced_precision: DatePrecision | null;
      last_evidence_on: string | null;
      evidence_count: number;
      possibly_stalled: boolean;
      scope: InitiativeScope;
      reviewed_on: string | null;
      domains: string[];
      countries: CountryCode[];
    }>(
      db,
      sql`select i.id, i.slug, i.name, i.summary, ${statusExpr(filters.asOf)} as status,
            i.first_announced_on::text as first_announced_on, i.first_announced_precision,
            ${lastEvidenceExpr(filters.asOf)}::text as last_evidence_on, s.evidence_count,
            ${possiblyStalledExpr(filters.asOf)} as possibly_stalled, i.scope,
            case when ${filters.asOf ?? null}::date is null or i.reviewed_on <= ${filters.asOf ?? null}::date
              then i.reviewed_on::text end as reviewed_on,
            s.domain_slugs as domains, s.country_codes as countries
          ${FILTERED_FROM} ${where}
          order by ${orderByExpr(filters)}
          limit ${filters.pageSize} offset ${pageIds ? 0 : offset}`,
    ),
    counts ? facetsFromCounts(filters, counts) : getFacetsAndTotal(db, filters, search),
  ]);
  const matches = filters.q ? await getMatchExplanations(db, filters.q, rows.map((r) => r.id)) : new Map();
  return {
    data: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      summary: r.summary,
      status: r.status,
      firstAnnouncedOn: r.first_announced_on,
      firstAnnouncedPrecision: r.first_announced_precision,
      lastEvidenceOn: r.last_evidence_on,
      evidenceCount: r.evidence_count,
      isPossiblyStalled: r.possibly_stalled,
      scope: r.scope,
      reviewedOn: r.reviewed_on,
      domains: r.domains,
      countries: r.countries,
      match: matches.get(r.id) ?? null,
    })),
    page: filters.page,
    pageSize: filters.pageSize,
    total,
    facets,
  };
}
