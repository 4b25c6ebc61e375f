import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { FILTERED_FROM, filterConditions, possiblyStalledExpr, whereClause } from "@/lib/initiatives/conditions";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import { COUNTRY_CODES, type CountryCode } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS, type DomainSlug } from "@/lib/vocabulary/domains";
import type { ActorKind } from "@/lib/vocabulary/misc";
import { STATUSES, type Status } from "@/lib/vocabulary/statuses";

export type EntitySummary = {
  total: number;
  byStatus: { status: Status; count: number }[];
  sources: number;
  possiblyStalled: number;
  firstAnnouncedOn: string | null;
  lastEvidenceOn: string | null;
};

/**
 * Small figures for an entity page: how many initiatives match the entity's filter, by status, how many sources
 * support them, and the span of dates. Uses the list's own filter conditions, so figures and list always agree.
 */
export async function getEntitySummary(db: DbOrTx, filters: InitiativeFilters): Promise<EntitySummary> {
  // One statement: the filters are evaluated once, and the per-status rows carry the other figures (each status's
  // share of them, except the number of sources, which is the same on every row).
  const rows = await queryRows<{ status: Status; count: number; stalled: number; first_announced: string | null; last_evidence: string | null; sources: number }>(
    db,
    sql`with f as (
          select i.id, i.status, i.first_announced_on, s.last_evidence_on, ${possiblyStalledExpr()} as stalled
          ${FILTERED_FROM} ${whereClause(filterConditions(filters))})
        select f.status, count(*)::int as count, count(*) filter (where f.stalled)::int as stalled,
          min(f.first_announced_on)::text as first_announced, max(f.last_evidence_on)::text as last_evidence,
          (select count(*) from (select distinct c.source_id from citations c join f on f.id = c.initiative_id) x)::int as sources
        from f group by f.status`,
  );
  const counts = new Map(rows.map((r) => [r.status, r.count]));
  const extreme = (values: (string | null)[], pick: (a: string, b: string) => boolean) =>
    values.reduce<string | null>((best, v) => (v !== null && (best === null || pick(v, best)) ? v : best), null);
  return {
    total: rows.reduce((n, r) => n + r.count, 0),
    byStatus: STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    sources: rows[0]?.sources ?? 0,
    possiblyStalled: rows.reduce((n, r) => n + r.stalled, 0),
    // ISO dates: string order is date order.
    firstAnnouncedOn: extreme(rows.map((r) => r.first_announced), (a, b) => a < b),
    lastEvidenceOn: extreme(rows.map((r) => r.last_evidence), (a, b) => a > b),
  };
}

export type CountryWithCounts = { code: CountryCode; count: number; hosted: number };

/** Initiatives per country (any role) and those it hosts, every country present in vocabulary order. */
export async function listCountriesWithCounts(db: DbOrTx): Promise<CountryWithCounts[]> {
  const rows = await queryRows<{ code: string; count: number; hosted: number }>(
    db,
    sql`select country_code as code, count(distinct initiative_id)::int as count,
          count(distinct initiative_id) filter (where role in ('host', 'landing'))::int as hosted
        from initiative_countries group by country_code`,
  );
  const byCode = new Map(rows.map((r) => [r.code.trim(), r]));
  return COUNTRY_CODES.map((code) => ({ code, count: byCode.get(code)?.count ?? 0, hosted: byCode.get(code)?.hosted ?? 0 }));
}

export type DomainWithCounts = { slug: DomainSlug; count: number; active: number };

/** Initiatives per domain, and how many of them are under way or running. */
export async function listDomainsWithCounts(db: DbOrTx): Promise<DomainWithCounts[]> {
  const rows = await queryRows<{ slug: string; count: number; active: number }>(
    db,
    sql`select d.domain_slug as slug, count(*)::int as count,
          count(*) filter (where i.status in ('in-progress', 'operational'))::int as active
        from initiative_domains d join initiatives i on i.id = d.initiative_id group by d.domain_slug`,
  );
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return DOMAIN_SLUGS.map((slug) => ({ slug, count: bySlug.get(slug)?.count ?? 0, active: bySlug.get(slug)?.active ?? 0 }));
}

export type ActorListItem = { slug: string; name: string; kind: ActorKind; countryCode: CountryCode | null; count: number };

/** Every actor with the number of initiatives it takes part in, most involved first. */
export async function listActors(db: DbOrTx): Promise<ActorListItem[]> {
  const rows = await queryRows<{ slug: string; name: string; kind: ActorKind; country_code: string | null; count: number }>(
    db,
    sql`select a.slug, a.name, a.kind, a.country_code, count(distinct ia.initiative_id)::int as count
        from actors a left join initiative_actors ia on ia.actor_id = a.id
        group by a.id order by count desc, a.name asc`,
  );
  return rows.map((r) => ({ slug: r.slug, name: r.name, kind: r.kind, countryCode: (r.country_code?.trim() ?? null) as CountryCode | null, count: r.count }));
}

export type ActorDetail = {
  id: number;
  slug: string;
  name: string;
  kind: ActorKind;
  countryCode: CountryCode | null;
  description: string;
  aliases: { name: string; language: string }[];
  roles: { role: string; count: number }[];
};

/** An actor with its other names and the roles it plays across initiatives; null when unknown. */
export async function getActorBySlug(db: DbOrTx, slug: string): Promise<ActorDetail | null> {
  const [actor] = await queryRows<{ id: number; slug: string; name: string; kind: ActorKind; country_code: string | null; description: string }>(
    db,
    sql`select id, slug, name, kind, country_code, description from actors where slug = ${slug}`,
  );
  if (!actor) return null;
  const [aliasRows, roleRows] = await Promise.all([
    queryRows<{ name: string; language: string }>(db, sql`select name, language from aliases where actor_id = ${actor.id} order by id`),
    queryRows<{ role: string; count: number }>(
      db,
      sql`select role::text as role, count(*)::int as count from initiative_actors where actor_id = ${actor.id} group by role order by count desc, role`,
    ),
  ]);
  return {
    id: actor.id,
    slug: actor.slug,
    name: actor.name,
    kind: actor.kind,
    countryCode: (actor.country_code?.trim() ?? null) as CountryCode | null,
    description: actor.description,
    aliases: aliasRows,
    roles: roleRows,
  };
}

// Cheap existence checks for the detail segments' layouts: they run before any loading skeleton is streamed, so an
// unknown slug or id answers with a real 404 status, while the full record still loads behind the skeleton.
export async function hasInitiative(db: DbOrTx, slug: string): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from initiatives where slug = ${slug} limit 1`)).length > 0;
}

export async function hasSource(db: DbOrTx, id: number): Promise<boolean> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return false;
  return (await queryRows(db, sql`select 1 from sources where id = ${id} limit 1`)).length > 0;
}

export async function hasActor(db: DbOrTx, slug: string): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from actors where slug = ${slug} limit 1`)).length > 0;
}
