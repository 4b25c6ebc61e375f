import "server-only";
// Dashboard aggregates under the list's filters: every figure is a GROUP BY over FILTERED_FROM + filterConditions,
// so a chart counts exactly the initiatives the list shows for the same URL. Shared by the pages and GET /api/v1/stats.
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { FILTERED_FROM, filterConditions, statusExpr, whereClause } from "@/lib/initiatives/conditions";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import { COUNTRY_CODES, type CountryCode } from "@/lib/vocabulary/countries";
import { STATUSES, type Status } from "@/lib/vocabulary/statuses";
import { addDays, isoToday } from "./dates";
import type { CountryCount, DashboardStats, HeadlineFigures, StatusCell } from "./types";

export const RECENT_DAYS = 90;

/** The day "recent" and "latest" are measured from: the filters' asOf, else today (or the given day, for tests). */
export function referenceDate(filters: InitiativeFilters, today?: string): string {
  return filters.asOf ?? today ?? isoToday();
}

/** The matching initiatives (id, status — as of `asOf` when given — and year first announced), as a CTE body. */
function matching(filters: InitiativeFilters): SQL {
  return sql`select i.id, ${statusExpr(filters.asOf)}::text as status, extract(year from i.first_announced_on)::int::text as year
    ${FILTERED_FROM} ${whereClause(filterConditions(filters))}`;
}

type Chart = "year" | "domain" | "country";

/** One row per initiative and country, whatever its roles there (a country can be host and party). */
const COUNTRY_LINKS = sql`(select distinct initiative_id, country_code from initiative_countries)`;

// Each chart is a plain count per (key, status) over the matching initiatives `f`: an initiative has at most one row
// per domain and one year, and countries are made distinct first (one row per role), so no count(distinct) — which
// sorts every joined row — is needed.
const CHART_SQL: Record<Chart, SQL> = {
  year: sql`select 'year' as chart, f.year as key, f.status, count(*)::int as count from f group by 2, 3`,
  domain: sql`select 'domain' as chart, d.domain_slug as key, f.status, count(*)::int as count from f join initiative_domains d on d.initiative_id = f.id group by 2, 3`,
  country: sql`select 'country' as chart, c.country_code as key, f.status, count(*)::int as count
    from f join ${COUNTRY_LINKS} c on c.initiative_id = f.id group by 2, 3`,
};

/**
 * Status × key counts for every chart in one statement: the filters (and, with asOf, the status replayed from each
 * initiative's history) are evaluated once for all of them.
 */
async function chartCells(db: DbOrTx, filters: InitiativeFilters): Promise<Record<Chart, StatusCell[]>> {
  const rows = await queryRows<{ chart: Chart; key: string | null; status: Status; count: number }>(
    db,
    sql`with f as (${matching(filters)})
        ${sql.join(Object.values(CHART_SQL), sql` union all `)}
        order by 1, 2, 3`,
  );
  const out: Record<Chart, StatusCell[]> = { year: [], domain: [], country: [] };
  for (const r of rows) out[r.chart].push({ key: r.key === null ? "" : String(r.key).trim(), status: r.status, count: r.count });
  return out;
}

/** Initiatives per status, every status present, from cells that count each initiative once (the year chart's). */
function statusTotals(cells: StatusCell[]): { status: Status; count: number }[] {
  const counts = new Map<Status, number>();
  for (const cell of cells) counts.set(cell.status, (counts.get(cell.status) ?? 0) + cell.count);
  return STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Initiatives per country (each counted once, whatever its roles there), every country present. For the map. */
export async function countInitiativesByCountry(db: DbOrTx, filters: InitiativeFilters): Promise<CountryCount[]> {
  const rows = await queryRows<{ code: string; count: number }>(
    db,
    sql`select c.country_code as code, count(*)::int as count
        ${FILTERED_FROM} join ${COUNTRY_LINKS} c on c.initiative_id = i.id ${whereClause(filterConditions(filters))}
        group by 1`,
  );
  const counts = new Map(rows.map((r) => [r.code.trim(), r.count]));
  return COUNTRY_CODES.map((code: CountryCode) => ({ code, count: counts.get(code) ?? 0 }));
}

export async function getHeadlineFigures(db: DbOrTx, filters: InitiativeFilters, today?: string): Promise<HeadlineFigures> {
  const reference = referenceDate(filters, today);
  const since = addDays(reference, -RECENT_DAYS);
  const where = filterConditions(filters);
  // Recent events are read by date range on milestones(occurred_on) and status_changes(effective_on), not by scanning
  // every event. Countries: one probe per country of the vocabulary (a dozen) instead of joining every link row to
  // the matching initiatives and counting distinct codes.
  const [row] = await queryRows<Omit<HeadlineFigures, "recentSince" | "referenceDate">>(
    db,
    sql`with f as (select i.id ${FILTERED_FROM} ${whereClause(where)})
        select
          (select count(*) from f)::int as initiatives,
          (select count(distinct c.source_id) from citations c join f on f.id = c.initiative_id)::int as sources,
          (select count(*) from countries co where exists (
             select 1 ${FILTERED_FROM} join initiative_countries ic on ic.initiative_id = i.id
             ${whereClause([sql`ic.country_code = co.code`, ...where])}))::int as countries,
          ((select count(*) from status_changes sc join f on f.id = sc.initiative_id
             where sc.effective_on > ${since}::date and sc.effective_on <= ${reference}::date)
           + (select count(*) from milestones m join f on f.id = m.initiative_id
             where not m.is_planned and m.occurred_on > ${since}::date and m.occurred_on <= ${reference}::date))::int as "recentChanges"`,
  );
  return { initiatives: 0, sources: 0, countries: 0, recentChanges: 0, ...row, recentSince: since, referenceDate: reference };
}

/** Everything the dashboard draws, for one set of filters: two statements (headline figures, and every chart). */
export async function getDashboardStats(db: DbOrTx, filters: InitiativeFilters, today?: string): Promise<DashboardStats> {
  const [headline, cells] = await Promise.all([getHeadlineFigures(db, filters, today), chartCells(db, filters)]);
  return {
    headline,
    byStatus: statusTotals(cells.year),
    statusByDomain: cells.domain,
    statusByYear: cells.year.filter((c) => c.key !== ""),
    undated: cells.year.filter((c) => c.key === "").reduce((sum, c) => sum + c.count, 0),
    statusByCountry: cells.country,
  };
}

export async function countMatching(db: DbOrTx, filters: InitiativeFilters): Promise<number> {
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count ${FILTERED_FROM} ${whereClause(filterConditions(filters))}`);
  return row?.count ?? 0;
}
