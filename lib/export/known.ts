// SQL for "known by asOf", matching lib/initiatives/as-of.ts: a milestone is known when a citing source was published
// by then, or — when none of its citing sources is dated — when it occurred by then; a source from its publication
// day (an undated one alongside the claims it supports). Alias conventions: m = milestones, so = sources.
import { type SQL, sql } from "drizzle-orm";

export function milestoneKnownSql(asOf: string | undefined): SQL {
  if (!asOf) return sql`true`;
  return sql`(exists (select 1 from citations kc join sources ks on ks.id = kc.source_id
                      where kc.milestone_id = m.id and ks.published_on <= ${asOf}::date)
          or (not exists (select 1 from citations kc join sources ks on ks.id = kc.source_id
                          where kc.milestone_id = m.id and ks.published_on is not null)
              and m.occurred_on <= ${asOf}::date))`;
}

export function sourceKnownSql(asOf: string | undefined): SQL {
  if (!asOf) return sql`true`;
  return sql`(so.published_on is null or so.published_on <= ${asOf}::date)`;
}
