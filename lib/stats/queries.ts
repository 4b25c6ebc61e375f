import "server-only";
import { count, countDistinct, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { domains, initiativeDomains, initiatives, sources } from "@/db/schema";
import { STATUSES, type Status } from "@/lib/vocabulary/statuses";

export type StatusCount = { status: Status; count: number };
export type DomainCount = { slug: string; label: string; count: number };

/** Counts per status, every status present (zero when none), in vocabulary order. Aggregated in SQL. */
export async function countInitiativesByStatus(db: DbOrTx): Promise<StatusCount[]> {
  const rows = await db.select({ status: initiatives.status, count: count() }).from(initiatives).groupBy(initiatives.status);
  const byStatus = new Map(rows.map((r) => [r.status, r.count]));
  return STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
}

/** Counts per domain, every domain present, largest first then by label. */
export async function countInitiativesByDomain(db: DbOrTx): Promise<DomainCount[]> {
  const rows = await db
    .select({ slug: domains.slug, label: domains.label, count: count(initiativeDomains.initiativeId) })
    .from(domains)
    .leftJoin(initiativeDomains, sql`${initiativeDomains.domainSlug} = ${domains.slug}`)
    .groupBy(domains.slug, domains.label);
  return rows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export async function getHeadlineCounts(db: DbOrTx): Promise<{ initiatives: number; sources: number; countries: number }> {
  const [row] = await db
    .select({
      initiatives: sql<number>`(select count(*) from ${initiatives})`.mapWith(Number),
      sources: sql<number>`(select count(*) from ${sources})`.mapWith(Number),
      countries: countDistinct(sql`ic.country_code`),
    })
    .from(sql`initiative_countries ic`);
  return row ?? { initiatives: 0, sources: 0, countries: 0 };
}
