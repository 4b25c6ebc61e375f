import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { COUNTRY_CODES, COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUS_INFO, STATUSES } from "@/lib/vocabulary/statuses";
import { FILTERED_FROM, filterConditions, possiblyStalledExpr, type ResolvedSearch, statusExpr, whereClause } from "./conditions";
import type { FacetKey, InitiativeFilters } from "./filters";

export type FacetValue = { value: string; label: string; count: number; selected: boolean };
export type Facets = Record<FacetKey, FacetValue[]> & { stalled: number };

const MAX_ACTORS = 40;

/**
 * Counts per facet value under every *other* active filter. Fixed vocabularies list every value (zero included) in
 * their own order; actors list the most frequent, plus any selected ones.
 */
export async function getFacets(db: DbOrTx, filters: InitiativeFilters, search?: ResolvedSearch): Promise<Facets> {
  const count = async (key: FacetKey, valueSql: ReturnType<typeof sql>, join = sql``) =>
    new Map(
      (
        await queryRows<{ value: string; count: number }>(
          db,
          sql`select ${valueSql} as value, count(distinct i.id)::int as count
              ${FILTERED_FROM} ${join} ${whereClause(filterConditions(filters, key, search))} group by 1`,
        )
      ).map((r) => [r.value.trim(), r.count]),
    );

  const [domains, countries, statuses, sourceTypes, actors, stalled] = await Promise.all([
    count("domain", sql`d.domain_slug`, sql`join initiative_domains d on d.initiative_id = i.id`),
    count("country", sql`c.country_code`, sql`join initiative_countries c on c.initiative_id = i.id`),
    count("status", sql`${statusExpr(filters.asOf)}::text`),
    count("sourceType", sql`so.source_type::text`, sql`join citations ct on ct.initiative_id = i.id join sources so on so.id = ct.source_id`),
    queryRows<{ value: string; label: string; count: number }>(
      db,
      sql`select a.slug as value, a.name as label, count(distinct i.id)::int as count
          ${FILTERED_FROM} join initiative_actors ia on ia.initiative_id = i.id join actors a on a.id = ia.actor_id
          ${whereClause(filterConditions(filters, "actor", search))}
          group by a.slug, a.name order by count desc, a.name limit ${MAX_ACTORS}`,
    ),
    queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count ${FILTERED_FROM}
          ${whereClause([...filterConditions({ ...filters, stalled: undefined }, undefined, search), possiblyStalledExpr(filters.asOf)])}`,
    ),
  ]);

  const fixed = <T extends string>(values: readonly T[], counts: Map<string, number>, label: (v: T) => string, selected: readonly string[]) =>
    values.map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0, selected: selected.includes(value) }));

  const actorValues: FacetValue[] = actors.map((a) => ({ ...a, selected: filters.actor.includes(a.value) }));
  for (const slug of filters.actor) {
    if (!actorValues.some((a) => a.value === slug)) actorValues.push({ value: slug, label: slug, count: 0, selected: true });
  }

  return {
    domain: fixed(DOMAIN_SLUGS, domains, (v) => DOMAIN_INFO[v].label, filters.domain),
    country: fixed(COUNTRY_CODES, countries, (v) => COUNTRY_INFO[v].nameEn, filters.country),
    status: fixed(STATUSES, statuses, (v) => STATUS_INFO[v].label, filters.status),
    sourceType: fixed(SOURCE_TYPES, sourceTypes, (v) => SOURCE_TYPE_LABELS[v], filters.sourceType),
    actor: actorValues,
    stalled: stalled[0]?.count ?? 0,
  };
}
