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

/** The matching initiatives' ids, as a CTE body. */
function matching(filters: InitiativeFilters): SQL {
  return sql`select i.id ${FILTERED_FROM} ${whereClause(filterConditions(filters))}`;
}

async function statusCells(db: DbOrTx, filters: InitiativeFilters, key: SQL, join: SQL = sql``): Promise<StatusCell[]> {
  const rows = await queryRows<{ key: string | null; status: Status; count: number }>(
    db,
    sql`select ${key} as key, ${statusExpr(filters.asOf)}::text as status, count(distinct i.id)::int as count
        ${FILTERED_FROM} ${join} ${whereClause(filterConditions(filters))}
        group by 1, 2`,
  );
  return rows.map((r) => ({ key: r.key === null ? "" : String(r.key).trim(), status: r.status, count: r.count }));
}

export async function countInitiativesByStatus(db: DbOrTx, filters: InitiativeFilters): Promise<{ status: Status; count: number }[]> {
  const rows = await statusCells(db, filters, sql`null::text`);
  const counts = new Map(rows.map((r) => [r.status, r.count]));
  return STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

export function countByStatusAndDomain(db: DbOrTx, filters: InitiativeFilters): Promise<StatusCell[]> {
  return statusCells(db, filters, sql`d.domain_slug`, sql`join initiative_domains d on d.initiative_id = i.id`);
}

export function countByStatusAndCountry(db: DbOrTx, filters: InitiativeFilters): Promise<StatusCell[]> {
  return statusCells(db, filters, sql`c.country_code`, sql`join initiative_countries c on c.initiative_id = i.id`);
}

/** By the year first announced; initiatives without that date come back with key "". */
export function countByStatusAndYear(db: DbOrTx, filters: InitiativeFilters): Promise<StatusCell[]> {
  return statusCells(db, filters, sql`extract(year from i.first_announced_on)::int::text`);
}

/** Initiatives per country (each counted once, whatever its roles there), every country present. For the map. */
export async function countInitiativesByCountry(db: DbOrTx, filters: InitiativeFilters): Promise<CountryCount[]> {
  const rows = await queryRows<{ code: string; count: number }>(
    db,
    sql`select c.country_code as code, count(distinct i.id)::int as count
        ${FILTERED_FROM} join initiative_countries c on c.initiative_id = i.id ${whereClause(filterConditions(filters))}
        group by 1`,
  );
  const counts = new Map(rows.map((r) => [r.code.trim(), r.count]));
  return COUNTRY_CODES.map((code: CountryCode) => ({ code, count: counts.get(code) ?? 0 }));
}

export async function getHeadlineFigures(db: DbOrTx, filters: InitiativeFilters, today?: string): Promise<HeadlineFigures> {
  const reference = referenceDate(filters, today);
  const since = addDays(reference, -RECENT_DAYS);
  const [row] = await queryRows<Omit<HeadlineFigures, "recentSince" | "referenceDate">>(
    db,
    sql`with f as (${matching(filters)})
        select
          (select count(*) from f)::int as initiatives,
          (select count(distinct c.source_id) from citations c join f on f.id = c.initiative_id)::int as sources,
          (select count(distinct ic.country_code) from initiative_countries ic join f on f.id = ic.initiative_id)::int as countries,
          ((select count(*) from status_changes sc join f on f.id = sc.initiative_id
             where sc.effective_on > ${since}::date and sc.effective_on <= ${reference}::date)
           + (select count(*) from milestones m join f on f.id = m.initiative_id
             where not m.is_planned and m.occurred_on > ${since}::date and m.occurred_on <= ${reference}::date))::int as "recentChanges"`,
  );
  return { initiatives: 0, sources: 0, countries: 0, recentChanges: 0, ...row, recentSince: since, referenceDate: reference };
}

/** Everything the dashboard draws, for one set of filters. */
export async function getDashboardStats(db: DbOrTx, filters: InitiativeFilters, today?: string): Promise<DashboardStats> {
  const [headline, byStatus, statusByDomain, yearCells, statusByCountry] = await Promise.all([
    getHeadlineFigures(db, filters, today),
    countInitiativesByStatus(db, filters),
    countByStatusAndDomain(db, filters),
    countByStatusAndYear(db, filters),
    countByStatusAndCountry(db, filters),
  ]);
  return {
    headline,
    byStatus,
    statusByDomain,
    statusByYear: yearCells.filter((c) => c.key !== ""),
    undated: yearCells.filter((c) => c.key === "").reduce((sum, c) => sum + c.count, 0),
    statusByCountry,
  };
}

export async function countMatching(db: DbOrTx, filters: InitiativeFilters): Promise<number> {
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count ${FILTERED_FROM} ${whereClause(filterConditions(filters))}`);
  return row?.count ?? 0;
}
