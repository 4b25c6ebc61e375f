import "server-only";
// The events a feed announces — status changes and milestones of the view's initiatives (or of one initiative),
// known by asOf — newest recorded first, each with the evidence cited for it.
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import type { PartialDate } from "@/lib/dates/partial-date";
import { milestoneKnownSql, sourceKnownSql } from "@/lib/export/known";
import { viewIds } from "@/lib/export/queries";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import type { DatePrecision, MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";

export const FEED_LIMIT = 100;

export type FeedEvidence = { title: string; publisher: string; url: string | null; published: PartialDate | null; quote: string | null; note: string | null };
export type FeedEvent = {
  kind: "status-change" | "milestone";
  id: number;
  initiative: { slug: string; name: string };
  date: PartialDate;
  recordedAt: Date;
  fromStatus: Status | null;
  toStatus: Status | null;
  milestoneKind: MilestoneKind | null;
  isPlanned: boolean;
  text: string;
  evidence: FeedEvidence[];
};

export type FeedSelection = { filters: InitiativeFilters } | { initiativeSlug: string };

export async function findFeedEvents(db: DbOrTx, selection: FeedSelection, limit = FEED_LIMIT): Promise<FeedEvent[]> {
  const asOf = "filters" in selection ? selection.filters.asOf : undefined;
  const ids: SQL = "filters" in selection ? viewIds(selection.filters) : sql`select id from initiatives where slug = ${selection.initiativeSlug}`;
  const rows = await queryRows<{
    kind: FeedEvent["kind"]; id: number; slug: string; name: string; on: string; precision: DatePrecision; recorded_at: Date | string;
    from_status: Status | null; to_status: Status | null; milestone_kind: MilestoneKind | null; is_planned: boolean; text: string;
  }>(
    db,
    sql`select * from (
          select 'status-change' as kind, sc.id, i.slug, i.name, sc.effective_on::text as on, sc.effective_precision as precision,
                 sc.created_at as recorded_at, sc.from_status, sc.to_status, null::milestone_kind as milestone_kind, false as is_planned, sc.note as text
          from status_changes sc join initiatives i on i.id = sc.initiative_id
          where sc.initiative_id in (${ids}) ${asOf ? sql`and sc.effective_on <= ${asOf}::date` : sql``}
          union all
          select 'milestone', m.id, i.slug, i.name, m.occurred_on::text, m.precision, m.created_at, null, null, m.kind, m.is_planned, m.description
          from milestones m join initiatives i on i.id = m.initiative_id
          where m.initiative_id in (${ids}) and ${milestoneKnownSql(asOf)}
        ) e order by e.recorded_at desc, e.on desc, e.kind, e.id desc limit ${limit}`,
  );
  const evidence = await findEvidence(db, rows, asOf);
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    initiative: { slug: r.slug, name: r.name },
    date: { date: r.on, precision: r.precision },
    recordedAt: new Date(r.recorded_at),
    fromStatus: r.from_status,
    toStatus: r.to_status,
    milestoneKind: r.milestone_kind,
    isPlanned: r.is_planned,
    text: r.text,
    evidence: evidence.get(`${r.kind}:${r.id}`) ?? [],
  }));
}

async function findEvidence(db: DbOrTx, events: { kind: FeedEvent["kind"]; id: number }[], asOf: string | undefined) {
  const out = new Map<string, FeedEvidence[]>();
  const list = (kind: FeedEvent["kind"]) => events.filter((e) => e.kind === kind).map((e) => sql`${e.id}`);
  const changes = list("status-change");
  const milestones = list("milestone");
  if (!changes.length && !milestones.length) return out;
  const none = sql`null`;
  const rows = await queryRows<{
    status_change_id: number | null; milestone_id: number | null; title: string; publisher: string; url: string | null;
    published_on: string | null; published_precision: DatePrecision | null; quote: string | null; note: string | null;
  }>(
    db,
    sql`select c.status_change_id, c.milestone_id, so.title, so.publisher, so.url, so.published_on::text as published_on, so.published_precision, c.quote, c.note
        from citations c join sources so on so.id = c.source_id
        where (c.status_change_id in (${changes.length ? sql.join(changes, sql`, `) : none})
               or c.milestone_id in (${milestones.length ? sql.join(milestones, sql`, `) : none}))
          and ${sourceKnownSql(asOf)}
        order by c.id`,
  );
  for (const r of rows) {
    const key = r.status_change_id !== null ? `status-change:${r.status_change_id}` : `milestone:${r.milestone_id}`;
    const published = r.published_on && r.published_precision ? { date: r.published_on, precision: r.published_precision } : null;
    out.set(key, [...(out.get(key) ?? []), { title: r.title, publisher: r.publisher, url: r.url, published, quote: r.quote, note: r.note }]);
  }
  return out;
}
