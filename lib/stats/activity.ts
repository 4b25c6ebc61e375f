import "server-only";
// The dashboard's feed: the latest status changes and milestones of the matching initiatives, each with the
// source that supports it (the most recently published one when several do).
import { sql } from "drizzle-orm";
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

const citedSource = (claim: ReturnType<typeof sql>) => sql`left join lateral (
    select so.id, so.title, so.publisher, so.url from citations c join sources so on so.id = c.source_id
    where ${claim} order by so.published_on desc nulls last, so.id desc limit 1) src on true`;

/** Newest first; nothing dated after the reference day (planned milestones never appear). */
export async function getRecentActivity(db: DbOrTx, filters: InitiativeFilters, limit = 10, today?: string): Promise<ActivityItem[]> {
  const reference = referenceDate(filters, today);
  const rows = await queryRows<Row>(
    db,
    sql`with f as (select i.id, i.slug, i.name ${FILTERED_FROM} ${whereClause(filterConditions(filters))})
        select * from (
          select 'status-change' as kind, sc.id, f.slug, f.name, sc.effective_on::text as date, sc.effective_precision::text as precision,
                 sc.from_status::text as from_status, sc.to_status::text as to_status, null::text as milestone_kind, sc.note as text,
                 src.id as source_id, src.title as source_title, src.publisher as source_publisher, src.url as source_url
          from status_changes sc join f on f.id = sc.initiative_id
          ${citedSource(sql`c.status_change_id = sc.id`)}
          where sc.effective_on <= ${reference}::date
          union all
          select 'milestone', m.id, f.slug, f.name, m.occurred_on::text, m.precision::text,
                 null, null, m.kind::text, m.description,
                 src.id, src.title, src.publisher, src.url
          from milestones m join f on f.id = m.initiative_id
          ${citedSource(sql`c.milestone_id = m.id`)}
          where not m.is_planned and m.occurred_on <= ${reference}::date
        ) x
        order by date desc, kind desc, id desc
        limit ${limit}`,
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
