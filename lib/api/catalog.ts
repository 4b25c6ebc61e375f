import "server-only";
// The reference lists the API serves (domains, countries, actors), each with how many initiatives it has —
// counted under the same conditions as the list, so `asOf` hides initiatives not yet on record then.
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { FILTERED_FROM, filterConditions, whereClause } from "@/lib/initiatives/conditions";
import { initiativeFiltersSchema } from "@/lib/initiatives/filters";
import type { ActorKind } from "@/lib/vocabulary/misc";

const visibleIds = (asOf?: string) =>
  sql`select i.id ${FILTERED_FROM} ${whereClause(filterConditions(initiativeFiltersSchema.parse({ asOf })))}`;

export type DomainEntry = { slug: string; label: string; description: string; initiativeCount: number };

export async function listDomains(db: DbOrTx, asOf?: string): Promise<DomainEntry[]> {
  return queryRows<DomainEntry>(
    db,
    sql`with visible as (${visibleIds(asOf)})
        select d.slug, d.label, d.description, count(v.id)::int as "initiativeCount"
        from domains d left join initiative_domains x on x.domain_slug = d.slug left join visible v on v.id = x.initiative_id
        group by d.slug, d.label, d.description order by d.label`,
  );
}

export type CountryEntry = {
  code: string;
  nameEn: string;
  nameZh: string;
  nameDe: string;
  isAsean: boolean;
  aseanMemberSince: string | null;
  initiativeCount: number;
};

export async function listCountries(db: DbOrTx, asOf?: string): Promise<CountryEntry[]> {
  const rows = await queryRows<CountryEntry>(
    db,
    sql`with visible as (${visibleIds(asOf)})
        select c.code, c.name_en as "nameEn", c.name_zh as "nameZh", c.name_de as "nameDe", c.is_asean as "isAsean",
          c.asean_member_since::text as "aseanMemberSince", count(distinct v.id)::int as "initiativeCount"
        from countries c left join initiative_countries x on x.country_code = c.code left join visible v on v.id = x.initiative_id
        group by c.code order by c.is_asean, c.name_en`,
  );
  return rows.map((r) => ({ ...r, code: r.code.trim() }));
}

export type ActorEntry = {
  slug: string;
  name: string;
  kind: ActorKind;
  countryCode: string | null;
  description: string;
  aliases: string[];
  initiativeCount: number;
};

export async function listActors(db: DbOrTx, asOf?: string): Promise<ActorEntry[]> {
  const rows = await queryRows<ActorEntry>(
    db,
    sql`with visible as (${visibleIds(asOf)})
        select a.slug, a.name, a.kind, a.country_code as "countryCode", a.description,
          coalesce((select array_agg(al.name order by al.id) from aliases al where al.actor_id = a.id), '{}') as aliases,
          count(distinct v.id)::int as "initiativeCount"
        from actors a left join initiative_actors x on x.actor_id = a.id left join visible v on v.id = x.initiative_id
        group by a.id order by a.name`,
  );
  return rows.map((r) => ({ ...r, countryCode: r.countryCode?.trim() ?? null }));
}
