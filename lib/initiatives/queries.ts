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
  lastEvidenceExpr,
  orderByExpr,
  searchIdsQuery,
  possiblyStalledExpr,
  statusExpr,
  whereClause,
} from "./conditions";
import type { InitiativeFilters } from "./filters";
import { type Facets, getFacets } from "./facets";
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
 * One page of initiatives for the filters, the total, and facet counts — every figure aggregated in SQL. Bounded by
 * SEARCH_STATEMENT_TIMEOUT_MS on PostgreSQL (lib/security/statement-timeout.ts).
 */
export async function findInitiatives(db: DbOrTx, filters: InitiativeFilters): Promise<InitiativeList> {
  return withStatementTimeout(db, (conn) => findInitiativesUnbounded(conn, filters));
}

async function findInitiativesUnbounded(db: DbOrTx, filters: InitiativeFilters): Promise<InitiativeList> {
  // The text search is the expensive part: evaluate it once, then the page, the total and the facets filter by id.
  const search = filters.q ? { ids: (await queryRows<{ id: number }>(db, searchIdsQuery(filters.q))).map((r) => r.id) } : undefined;
  const where = whereClause(filterConditions(filters, undefined, search));
  const offset = (filters.page - 1) * filters.pageSize;
  const [rows, [totalRow], facets] = await Promise.all([
    queryRows<{
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
      domains: string[] | null;
      countries: CountryCode[] | null;
    }>(
      db,
      sql`select i.id, i.slug, i.name, i.summary, ${statusExpr(filters.asOf)} as status,
            i.first_announced_on::text as first_announced_on, i.first_announced_precision,
            ${lastEvidenceExpr(filters.asOf)}::text as last_evidence_on, s.evidence_count,
            ${possiblyStalledExpr(filters.asOf)} as possibly_stalled,
            (select array_agg(d.domain_slug order by d.domain_slug) from initiative_domains d where d.initiative_id = i.id) as domains,
            (select array_agg(distinct c.country_code) from initiative_countries c where c.initiative_id = i.id) as countries
          ${FILTERED_FROM} ${where}
          order by ${orderByExpr(filters)}
          limit ${filters.pageSize} offset ${offset}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total ${FILTERED_FROM} ${where}`),
    getFacets(db, filters, search),
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
      domains: r.domains ?? [],
      countries: (r.countries ?? []).map((c) => c.trim() as CountryCode),
      match: matches.get(r.id) ?? null,
    })),
    page: filters.page,
    pageSize: filters.pageSize,
    total: totalRow?.total ?? 0,
    facets,
  };
}
