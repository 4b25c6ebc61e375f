import "server-only";
// The cross-initiative timeline: one row per matching initiative, spanning its first to its latest dated event
// (first announcement or milestone, planned ones included), paged in SQL; only the page's milestones are loaded.
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { FILTERED_FROM, filterConditions, statusExpr, whereClause } from "@/lib/initiatives/conditions";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import type { DatePrecision, MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import { isoToday, yearOf } from "./dates";
import { defaultRange, resolveRange, type YearRange } from "./timeline-layout";
import { TIMELINE_PAGE_SIZE } from "./timeline-query";
import type { TimelineMilestone, TimelinePage } from "./types";

export type TimelineOptions = { range?: Partial<YearRange>; page?: number; pageSize?: number; today?: string };

export async function getTimeline(db: DbOrTx, filters: InitiativeFilters, options: TimelineOptions = {}): Promise<TimelinePage> {
  const pageSize = options.pageSize ?? TIMELINE_PAGE_SIZE;
  // Each initiative's first and latest milestone by two probes of milestones(initiative_id, occurred_on), not a join
  // and a GROUP BY over every milestone: 170 → 80 ms for all 10,000 initiatives on PGlite.
  const spans = sql`with spans as (
      select i.id, i.slug, i.name, ${statusExpr(filters.asOf)}::text as status,
             least((select min(m.occurred_on) from milestones m where m.initiative_id = i.id), i.first_announced_on) as start_on,
             greatest((select max(m.occurred_on) from milestones m where m.initiative_id = i.id), i.first_announced_on) as end_on
      ${FILTERED_FROM} ${whereClause(filterConditions(filters))}
    )`;
  const [extentRow] = await queryRows<{ start: number | null; end: number | null; undated: number }>(
    db,
    sql`${spans} select extract(year from min(start_on))::int as start, extract(year from max(end_on))::int as "end",
                        count(*) filter (where start_on is null)::int as undated from spans`,
  );
  const extent = extentRow?.start != null && extentRow.end != null ? { start: extentRow.start, end: extentRow.end } : null;
  const range = resolveRange(options.range ?? {}, defaultRange(extent, yearOf(options.today ?? isoToday())));
  const from = `${range.start}-01-01`;
  const to = `${range.end}-12-31`;

  // The page and the total in one statement (the total as a window over the rows in range); a page past the last is
  // asked again as the last one.
  const inRange = sql`start_on <= ${to}::date and end_on >= ${from}::date`;
  type SpanRow = { id: number; slug: string; name: string; status: Status; start_on: string; end_on: string; total: number };
  const pageOf = (n: number) =>
    queryRows<SpanRow>(
      db,
      sql`${spans} select id, slug, name, status, start_on::text as start_on, end_on::text as end_on, count(*) over ()::int as total
          from spans where ${inRange}
          order by start_on, name, id limit ${pageSize} offset ${(n - 1) * pageSize}`,
    );
  let page = Math.max(1, options.page ?? 1);
  let rows = await pageOf(page);
  let total = rows[0]?.total ?? 0;
  if (!rows.length && page > 1) {
    const [count] = await queryRows<{ total: number }>(
      db,
      sql`${spans} select count(*)::int as total from spans where ${inRange}`,
    );
    total = count?.total ?? 0;
    page = Math.max(1, Math.ceil(total / pageSize));
    rows = total ? await pageOf(page) : [];
  }
  const ids = rows.map((r) => r.id);
  const milestones = ids.length
    ? await queryRows<{ id: number; initiative_id: number; kind: MilestoneKind; description: string; date: string; precision: DatePrecision; is_planned: boolean }>(
        db,
        sql`select m.id, m.initiative_id, m.kind::text as kind, m.description, m.occurred_on::text as date, m.precision::text as precision, m.is_planned
            from milestones m
            where m.initiative_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
              and m.occurred_on between ${from}::date and ${to}::date
            order by m.occurred_on, m.id`,
      )
    : [];
  const byInitiative = new Map<number, TimelineMilestone[]>();
  for (const m of milestones) {
    const list = byInitiative.get(m.initiative_id) ?? [];
    list.push({ id: m.id, kind: m.kind, description: m.description, date: m.date, precision: m.precision, isPlanned: m.is_planned });
    byInitiative.set(m.initiative_id, list);
  }
  return {
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      status: r.status,
      startOn: r.start_on,
      endOn: r.end_on,
      milestones: byInitiative.get(r.id) ?? [],
    })),
    total,
    page,
    pageSize,
    range,
    extent,
    undated: extentRow?.undated ?? 0,
  };
}
