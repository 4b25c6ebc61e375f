// How well the tracker's data is evidenced: the figures the methodology page shows and the seed's quality test
// holds to. Every figure is one SQL statement over the public tables, so it is the same on both engines.
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { FILTERED_FROM, possiblyStalledExpr } from "@/lib/initiatives/conditions";
import { PRIMARY_SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { FINISHED_STATUSES } from "@/lib/vocabulary/statuses";

export type Coverage = {
  initiatives: number;
  sources: number;
  primarySources: number;
  aseanSideSources: number;
  /** Milestones and status changes, and how many of them cite two or more distinct sources. */
  datedClaims: number;
  datedClaimsWithTwoSources: number;
  medianSourcesPerInitiative: number;
  minSourcesPerInitiative: number;
  unfinished: number;
  possiblyStalled: number;
  /** Milestones (not planned) and status changes dated within the last 180 days. */
  recentClaims: number;
  /** Initiatives per ASEAN member, and per member counting only bilateral and multi-country ones. */
  perMember: { code: string; all: number; local: number }[];
};

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

export async function getCoverage(db: DbOrTx, today = new Date().toISOString().slice(0, 10)): Promise<Coverage> {
  const [row] = await queryRows<Omit<Coverage, "perMember">>(
    db,
    sql`with per_initiative as (
          select i.id, count(distinct c.source_id)::int as n from initiatives i left join citations c on c.initiative_id = i.id group by i.id),
        claims as (
          select 'm' || m.id as claim, m.occurred_on as day, not m.is_planned as happened,
                 (select count(distinct c.source_id) from citations c where c.milestone_id = m.id) as n from milestones m
          union all
          select 's' || s.id, s.effective_on, true,
                 (select count(distinct c.source_id) from citations c where c.status_change_id = s.id) from status_changes s)
        select (select count(*)::int from initiatives) as initiatives,
               (select count(*)::int from sources) as sources,
               (select count(*)::int from sources where source_type::text in (${list(PRIMARY_SOURCE_TYPES)})) as "primarySources",
               (select count(*)::int from sources where source_type in ('asean-secretariat', 'official-asean-member')
                  or publisher_country in (select code from countries where is_asean)) as "aseanSideSources",
               (select count(*)::int from claims) as "datedClaims",
               (select count(*)::int from claims where n >= 2) as "datedClaimsWithTwoSources",
               coalesce((select percentile_disc(0.5) within group (order by n) from per_initiative), 0)::int as "medianSourcesPerInitiative",
               coalesce((select min(n) from per_initiative), 0)::int as "minSourcesPerInitiative",
               (select count(*)::int from initiatives where status::text not in (${list(FINISHED_STATUSES)})) as unfinished,
               (select count(*)::int ${FILTERED_FROM} where ${possiblyStalledExpr()}) as "possiblyStalled",
               (select count(*)::int from claims where happened and day > ${today}::date - 180 and day <= ${today}::date) as "recentClaims"`,
  );
  const perMember = await queryRows<{ code: string; all: number; local: number }>(
    db,
    sql`select co.code, count(distinct ic.initiative_id)::int as all,
               count(distinct ic.initiative_id) filter (where i.scope <> 'region-wide')::int as local
        from countries co
        left join initiative_countries ic on ic.country_code = co.code
        left join initiatives i on i.id = ic.initiative_id
        where co.is_asean group by co.code order by co.code`,
  );
  return { ...row!, perMember };
}

export const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
