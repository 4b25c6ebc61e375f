import "server-only";
// How many of the matching initiatives stood in each status at the end of each year: the entity pages' "Status over
// time" chart. The status at a year's end is replayed from the history with the as-of rules of the list
// (statusOnExpr, announcedByExpr), so a year's counts equal the list's status facet with asOf=<year>-12-31.
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import {
  announcedByExpr,
  FILTERED_FROM,
  filterConditions,
  statusOnExpr,
  whereClause,
} from "@/lib/initiatives/conditions";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import type { Status } from "@/lib/vocabulary/statuses";
import { pivotStatusCells, type StackRow } from "./stack";

/**
 * One row per year (key and label are the year), from the first year any matching initiative was on record to the
 * current year — or to the year of `filters.asOf`, whose last "year end" is then that day. Every status is present in
 * each row (zero when none); empty years are kept so gaps show. One statement, counted in SQL.
 */
export async function getStatusOverTime(db: DbOrTx, filters: InitiativeFilters): Promise<StackRow[]> {
  const endDay = filters.asOf ? sql`${filters.asOf}::date` : sql`current_date`;
  // `f` is aliased `i` below so that the shared as-of expressions (written against initiatives i) apply to it.
  const rows = await queryRows<{ year: number; status: Status | null; count: number }>(
    db,
    sql`with f as (select i.id, i.first_announced_on ${FILTERED_FROM} ${whereClause(filterConditions(filters))}),
        years as (
          select y as year, least(make_date(y, 12, 31), ${endDay}) as day
          from generate_series(
            (select extract(year from min(greatest(sc.effective_on, f.first_announced_on)))::int
             from f join status_changes sc on sc.initiative_id = f.id),
            extract(year from ${endDay})::int) as y
        ),
        counted as (
          select y.year, ${statusOnExpr(sql`y.day`)}::text as status
          from years y cross join f i
          where ${announcedByExpr(sql`y.day`)}
        )
        select y.year, c.status, count(c.status)::int as count
        from years y left join counted c on c.year = y.year and c.status is not null
        group by 1, 2
        order by 1, 2`,
  );
  const years = [...new Set(rows.map((r) => String(r.year)))].map((year) => ({ key: year, label: year }));
  const cells = rows.flatMap((r) => (r.status ? [{ key: String(r.year), status: r.status, count: r.count }] : []));
  return pivotStatusCells(cells, years);
}
