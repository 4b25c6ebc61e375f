import "server-only";
// The rows behind the exports: every initiative of a view (no paging), its milestones with their sources, and the
// sources cited — all under the list's conditions (lib/initiatives/conditions.ts) and the as-of rules.
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { toPartialDateString } from "@/lib/dates/partial-date";
import { FILTERED_FROM, filterConditions, lastEvidenceExpr, orderByExpr, possiblyStalledExpr, statusExpr, whereClause } from "@/lib/initiatives/conditions";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import type { CountryCode } from "@/lib/vocabulary/countries";
import type { DatePrecision, MilestoneKind, SourceType } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import { milestoneKnownSql, sourceKnownSql } from "./known";
import type { InitiativeExportRow, MilestoneExportRow } from "./schemas";
import type { InitiativeScope } from "@/lib/vocabulary/misc";
import { initiativeUrl } from "./urls";

const partial = (date: string | null, precision: DatePrecision | null) => (date && precision ? toPartialDateString({ date, precision }) : null);

/** The ids of the view's initiatives, as a subquery. */
export const viewIds = (filters: InitiativeFilters): SQL => sql`select i.id ${FILTERED_FROM} ${whereClause(filterConditions(filters))}`;

type DateCols = `${"first_announced" | "planned_start" | "actual_start" | "planned_end" | "actual_end"}_${"on" | "precision"}`;

export async function findInitiativeExportRows(db: DbOrTx, filters: InitiativeFilters): Promise<InitiativeExportRow[]> {
  const asOf = filters.asOf;
  const rows = await queryRows<
    { id: number; slug: string; name: string; summary: string; status: Status; scope: InitiativeScope; reviewed_on: string | null; last_evidence_on: string | null; evidence_count: number; stalled: boolean; domains: string[] | null; countries: string[] | null; actors: string[] | null } & Record<DateCols, string | null>
  >(
    db,
    // Lists and counts are aggregated once per table for the whole view (hash joins), not per row: a 10k-row
    // export would otherwise run tens of thousands of correlated subqueries.
    sql`with ids as (${viewIds(filters)}),
        dom as (select initiative_id, array_agg(domain_slug order by domain_slug) as list from initiative_domains
                where initiative_id in (select id from ids) group by 1),
        cty as (select initiative_id, array_agg(distinct country_code) as list from initiative_countries
                where initiative_id in (select id from ids) group by 1),
        act as (select ia.initiative_id, array_agg(distinct a.name) as list from initiative_actors ia join actors a on a.id = ia.actor_id
                where ia.initiative_id in (select id from ids) group by 1),
        ev as (select c.initiative_id, count(distinct so.id)::int as n from citations c join sources so on so.id = c.source_id
               where c.initiative_id in (select id from ids) and ${sourceKnownSql(asOf)} group by 1)
        select i.id, i.slug, i.name, i.summary, ${statusExpr(asOf)} as status, i.scope, i.reviewed_on::text as reviewed_on,
          i.first_announced_on::text as first_announced_on, i.first_announced_precision,
          i.planned_start_on::text as planned_start_on, i.planned_start_precision,
          i.actual_start_on::text as actual_start_on, i.actual_start_precision,
          i.planned_end_on::text as planned_end_on, i.planned_end_precision,
          i.actual_end_on::text as actual_end_on, i.actual_end_precision,
          ${lastEvidenceExpr(asOf)}::text as last_evidence_on, coalesce(ev.n, 0) as evidence_count,
          ${possiblyStalledExpr(asOf)} as stalled, dom.list as domains, cty.list as countries, act.list as actors
        ${FILTERED_FROM}
        left join dom on dom.initiative_id = i.id left join cty on cty.initiative_id = i.id
        left join act on act.initiative_id = i.id left join ev on ev.initiative_id = i.id
        where i.id in (select id from ids)
        order by ${orderByExpr(filters)}`,
  );
  const known = (date: string | null) => (asOf && date && date > asOf ? null : date);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    status: r.status,
    firstAnnounced: partial(r.first_announced_on, r.first_announced_precision as DatePrecision | null),
    plannedStart: partial(r.planned_start_on, r.planned_start_precision as DatePrecision | null),
    actualStart: partial(known(r.actual_start_on), r.actual_start_precision as DatePrecision | null),
    plannedEnd: partial(r.planned_end_on, r.planned_end_precision as DatePrecision | null),
    actualEnd: partial(known(r.actual_end_on), r.actual_end_precision as DatePrecision | null),
    domains: r.domains ?? [],
    countries: (r.countries ?? []).map((c) => c.trim() as CountryCode),
    actors: r.actors ?? [],
    lastEvidenceOn: r.last_evidence_on,
    evidenceCount: r.evidence_count,
    isPossiblyStalled: r.stalled,
    reviewedOn: known(r.reviewed_on),
    scope: r.scope,
    summary: r.summary,
    url: initiativeUrl(r.slug, asOf),
  }));
}

export async function findMilestoneExportRows(db: DbOrTx, filters: InitiativeFilters): Promise<MilestoneExportRow[]> {
  const asOf = filters.asOf;
  const rows = await queryRows<{
    slug: string; name: string; id: number; occurred_on: string; precision: DatePrecision; kind: MilestoneKind; description: string;
    is_planned: boolean; is_verified: boolean; source_id: number | null; title: string | null; publisher: string | null;
    published_on: string | null; published_precision: DatePrecision | null; source_type: SourceType | null; url: string | null;
    quote: string | null; note: string | null;
  }>(
    db,
    sql`select i.slug, i.name, m.id, m.occurred_on::text as occurred_on, m.precision, m.kind, m.description, m.is_planned, m.is_verified,
          so.id as source_id, so.title, so.publisher, so.published_on::text as published_on, so.published_precision, so.source_type, so.url,
          c.quote, c.note
        from milestones m join initiatives i on i.id = m.initiative_id
        left join citations c on c.milestone_id = m.id
        left join sources so on so.id = c.source_id and ${sourceKnownSql(asOf)}
        where m.initiative_id in (${viewIds(filters)}) and ${milestoneKnownSql(asOf)} and (c.id is null or so.id is not null)
        order by i.name, m.occurred_on, m.id, c.id`,
  );
  return rows.map((r) => ({
    initiativeSlug: r.slug,
    initiativeName: r.name,
    milestoneId: r.id,
    date: toPartialDateString({ date: r.occurred_on, precision: r.precision }),
    kind: r.kind,
    description: r.description,
    isPlanned: r.is_planned,
    isVerified: r.is_verified,
    sourceId: r.source_id,
    sourceTitle: r.title,
    sourcePublisher: r.publisher,
    sourcePublished: partial(r.published_on, r.published_precision),
    sourceType: r.source_type,
    sourceUrl: r.url,
    quote: r.quote,
    note: r.note,
  }));
}
