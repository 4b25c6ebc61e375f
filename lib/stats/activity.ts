import "server-only";
// The dashboard's feed: the latest status changes and milestones of the matching initiatives, each with the
// source that supports it (the most recently published one when several do).
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { FILTERED_FROM, filterConditions, whereClause } from "@/lib/initiatives/conditions";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import type { DatePrecision, MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import { referenceDate } from "./queries";
import type { ActivityItem } from "./types";

type Row = {
  kind: ActivityItem["kind"];
  id: number;
  slug: string;
  name: string;
  date: string;
  precision: DatePrecision;
  from_status: Status | null;
  to_status: Status | null;
  milestone_kind: MilestoneKind | null;
  text: string;
  source_id: number | null;
  source_title: string | null;
  source_publisher: string | null;
  source_url: string | null;
};

const citedSource = (claim: SQL, alias: SQL) => sql`left join lateral (
    select so.id, so.title, so.publisher, so.url from citations c join sources so on so.id = c.source_id
    where ${claim} order by so.published_on desc nulls last, so.id desc limit 1) ${alias} on true`;

/** Newest first; nothing dated after the reference day (planned milestones never appear). */
export async function getRecentActivity(db: DbOrTx, filters: InitiativeFilters, limit = 10, today?: string): Promise<ActivityItem[]> {
  const reference = referenceDate(filters, today);
  // The newest `limit` events of each kind are picked first and only they look up their source: a lateral lookup per
  // event before the sort cost 616 ms at 10,000 initiatives (200,000 milestones) on PostgreSQL. Each branch reads its
  // table backwards on the (date, id) index and tests the filters per event (no CTE of matching initiatives, which
  // both branches would share and so get materialised, then joined in full): 290 → 2 ms with no filter.
  // (Within a branch the kind is constant, so ordering by the date column and id is the same order, and cheaper.)
  const newest = (select: SQL, join: SQL, conditions: SQL[], date: SQL, id: SQL) =>
    sql`(${select} ${FILTERED_FROM} ${join} ${whereClause([...conditions, ...filterConditions(filters)])}
         order by ${date} desc, ${id} desc limit ${limit})`;
  const rows = await queryRows<Row>(
    db,
    sql`with events as (
          select * from (
            ${newest(
              sql`select 'status-change' as kind, sc.id, i.slug, i.name, sc.effective_on::text as date,
                     sc.effective_precision::text as precision, sc.from_status::text as from_status, sc.to_status::text as to_status,
                     null::text as milestone_kind, sc.note as text`,
              sql`join status_changes sc on sc.initiative_id = i.id`,
              [sql`sc.effective_on <= ${reference}::date`],
              sql`sc.effective_on`,
              sql`sc.id`,
            )}
            union all
            ${newest(
              sql`select 'milestone' as kind, m.id, i.slug, i.name, m.occurred_on::text as date, m.precision::text as precision,
                     null as from_status, null as to_status, m.kind::text as milestone_kind, m.description as text`,
              sql`join milestones m on m.initiative_id = i.id`,
              [sql`not m.is_planned`, sql`m.occurred_on <= ${reference}::date`],
              sql`m.occurred_on`,
              sql`m.id`,
            )}
          ) x
          order by date desc, kind desc, id desc
          limit ${limit})
        select e.*, coalesce(ssrc.id, msrc.id) as source_id, coalesce(ssrc.title, msrc.title) as source_title,
               coalesce(ssrc.publisher, msrc.publisher) as source_publisher, coalesce(ssrc.url, msrc.url) as source_url
        from events e
        ${citedSource(sql`e.kind = 'status-change' and c.status_change_id = e.id`, sql`ssrc`)}
        ${citedSource(sql`e.kind = 'milestone' and c.milestone_id = e.id`, sql`msrc`)}
        order by e.date desc, e.kind desc, e.id desc`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    initiative: { slug: r.slug, name: r.name },
    date: r.date,
    precision: r.precision,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    milestoneKind: r.milestone_kind,
    text: r.text,
    source:
      r.source_id === null
        ? null
        : { id: r.source_id, title: r.source_title ?? "", publisher: r.source_publisher ?? "", url: r.source_url },
  }));
}
