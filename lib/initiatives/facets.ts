import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { COUNTRY_CODES, COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUS_INFO, STATUSES } from "@/lib/vocabulary/statuses";
import { baseConditions, FILTERED_FROM, facetCondition, possiblyStalledExpr, type ResolvedSearch, statusExpr, whereClause } from "./conditions";
import { countFacetsFromIndex, type FacetCounts, MAX_ACTORS } from "./facet-index";
import { type FacetKey, type InitiativeFilters, LIST_PARAMS } from "./filters";

export type FacetValue = { value: string; label: string; count: number; selected: boolean };
export type Facets = Record<FacetKey, FacetValue[]> & { stalled: number };
export type FacetsAndTotal = { facets: Facets; total: number };

/**
 * Counts per facet value under every *other* active filter. Fixed vocabularies list every value (zero included) in
 * their own order; actors list the most frequent, plus any selected ones.
 */
export async function getFacets(db: DbOrTx, filters: InitiativeFilters, search?: ResolvedSearch): Promise<Facets> {
  return (await getFacetsAndTotal(db, filters, search)).facets;
}

/**
 * The facets and the number of initiatives matching every filter: from this process's in-memory index where it
 * applies (facet-index.ts, ARCHITECTURE P8), otherwise in SQL.
 */
export async function getFacetsAndTotal(db: DbOrTx, filters: InitiativeFilters, search?: ResolvedSearch): Promise<FacetsAndTotal> {
  return facetsFromCounts(filters, (await countFacetsFromIndex(db, filters, search)) ?? (await countFacetsInSql(db, filters, search)));
}

/** The facets as the list shows them, from counts: every value of the fixed vocabularies, selected actors included. */
export function facetsFromCounts(filters: InitiativeFilters, counts: FacetCounts): FacetsAndTotal {
  const fixed = <T extends string>(values: readonly T[], facet: Exclude<FacetKey, "actor">, label: (v: T) => string) =>
    values.map((value) => ({
      value,
      label: label(value),
      count: counts.values[facet].get(value) ?? 0,
      selected: (filters[facet] as readonly string[]).includes(value),
    }));

  const actorValues: FacetValue[] = counts.actors.map((a) => ({ value: a.slug, label: a.name, count: a.count, selected: filters.actor.includes(a.slug) }));
  for (const slug of filters.actor) {
    if (!actorValues.some((a) => a.value === slug)) actorValues.push({ value: slug, label: slug, count: 0, selected: true });
  }

  return {
    facets: {
      domain: fixed(DOMAIN_SLUGS, "domain", (v) => DOMAIN_INFO[v].label),
      country: fixed(COUNTRY_CODES, "country", (v) => COUNTRY_INFO[v].nameEn),
      status: fixed(STATUSES, "status", (v) => STATUS_INFO[v].label),
      sourceType: fixed(SOURCE_TYPES, "sourceType", (v) => SOURCE_TYPE_LABELS[v]),
      actor: actorValues,
      stalled: counts.stalled,
    },
    total: counts.total,
  };
}

/**
 * The counts in one statement: the rows that can count anywhere are read once (with each facet filter's verdict),
 * then every facet counts the values of its array over the rows that pass all the *other* facet filters
 * (ARCHITECTURE P5). The definition the in-memory index (facet-index.ts) is tested against.
 */
export async function countFacetsInSql(db: DbOrTx, filters: InitiativeFilters, search?: ResolvedSearch): Promise<FacetCounts> {
  const active = LIST_PARAMS.flatMap((key) => {
    const condition = facetCondition(filters, key);
    return condition ? [{ key, condition }] : [];
  });
  const passes = (key: FacetKey | null) => {
    const others = active.filter((a) => a.key !== key).map((a) => sql.raw(`${flag(a.key)}`));
    return others.length ? sql.join(others, sql` and `) : sql`true`;
  };
  // A row failing two facet filters counts nowhere; with two or more set, one of the first two must hold.
  const [first, second] = active;
  const candidates: SQL[] = [...baseConditions(filters, search), ...(first && second ? [sql`(${first.condition} or ${second.condition})`] : [])];
  const flags = active.map((a) => sql`${a.condition} as ${sql.raw(flag(a.key))}`);
  const rows = await queryRows<{ facet: string; value: string | null; label: string | null; count: number }>(
    db,
    sql`with base as materialized (
          select s.domain_slugs, s.country_codes, s.actor_ids, s.source_types, ${statusExpr(filters.asOf)}::text as status,
            ${possiblyStalledExpr(filters.asOf)} as stalled${flags.length ? sql`, ${sql.join(flags, sql`, `)}` : sql``}
          ${FILTERED_FROM} ${whereClause(candidates)})
        select 'total' as facet, null as value, null as label, count(*)::int as count from base where ${passes(null)}
        union all select 'stalled', null, null, count(*)::int from base where ${passes(null)} and stalled
        union all select 'domain', v, null, count(*)::int from base, unnest(domain_slugs) v where ${passes("domain")} group by v
        union all select 'country', v, null, count(*)::int from base, unnest(country_codes) v where ${passes("country")} group by v
        union all select 'status', status, null, count(*)::int from base where ${passes("status")} group by status
        union all select 'sourceType', v, null, count(*)::int from base, unnest(source_types) v where ${passes("sourceType")} group by v
        union all (select 'actor', a.slug, a.name, n from (
            select v, count(*)::int as n from base, unnest(actor_ids) v where ${passes("actor")} group by v) c
          join actors a on a.id = c.v order by n desc, a.name limit ${MAX_ACTORS})`,
  );

  const counts = (facet: string) => new Map(rows.filter((r) => r.facet === facet).map((r) => [r.value ?? "", r.count]));
  return {
    total: counts("total").get("") ?? 0,
    stalled: counts("stalled").get("") ?? 0,
    values: { domain: counts("domain"), country: counts("country"), status: counts("status"), sourceType: counts("sourceType") },
    actors: rows.filter((r) => r.facet === "actor").map((r) => ({ slug: r.value ?? "", name: r.label ?? "", count: r.count })),
  };
}

const flag = (key: FacetKey) => `${key.toLowerCase()}_ok`;
