// A measured proposal for the list query (not used by the app): evaluate the search once, then compute the total and
// every facet's counts in ONE statement over a materialised candidate set, instead of re-running the search and
// the joins in eight statements. Compared with findInitiatives for equal results and time.
// DATABASE_URL=./data/bench-10k node --conditions=react-server --import tsx scripts/bench-query-prototype.ts
import { parseArgs } from "node:util";
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, openDatabase, queryRows } from "@/db/client";
import { parseDatabaseTarget } from "@/lib/env";
import { FILTERED_FROM, filterConditions, possiblyStalledExpr, searchMatchExpr, statusExpr, whereClause } from "@/lib/initiatives/conditions";
import { getFacets } from "@/lib/initiatives/facets";
import { type InitiativeFilters, parseFiltersStrict } from "@/lib/initiatives/filters";
import { findInitiatives } from "@/lib/initiatives/queries";

const FACETS = ["domain", "country", "status", "actor", "sourceType"] as const;
type Facet = (typeof FACETS)[number];

/** The condition of one facet's filter alone (true when it is not set). */
function facetCondition(filters: InitiativeFilters, facet: Facet): SQL {
  const only = { ...filters, q: undefined, from: undefined, to: undefined, stalled: undefined, asOf: filters.asOf, domain: [], country: [], status: [], actor: [], sourceType: [], [facet]: filters[facet] };
  const conditions = filterConditions(only).slice(filters.asOf ? 2 : 0);
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

export async function findInitiativesPrototype(db: DbOrTx, filters: InitiativeFilters) {
  const rest: SQL[] = [];
  if (filters.q) {
    const [row] = await queryRows<{ ids: string }>(db, sql`select coalesce(array_agg(i.id), '{}')::text as ids from initiatives i where ${searchMatchExpr(filters.q)}`);
    rest.push(sql`i.id = any(${row!.ids}::int[])`);
  }
  const noFacets = { ...filters, q: undefined, stalled: undefined, domain: [], country: [], status: [], actor: [], sourceType: [] };
  rest.push(...filterConditions(noFacets));
  const ok = Object.fromEntries(FACETS.map((f) => [f, sql.raw(`${f}_ok`)])) as Record<Facet, SQL>;
  const others = (facet: Facet | null) => sql.join(FACETS.filter((f) => f !== facet).map((f) => ok[f]), sql` and `);
  const rows = await queryRows<{ facet: string; value: string | null; label: string | null; count: number }>(
    db,
    sql`with base as materialized (
          select i.id, ${statusExpr(filters.asOf)}::text as status, ${possiblyStalledExpr(filters.asOf)} as stalled,
            ${sql.join(FACETS.map((f) => sql`${facetCondition(filters, f)} as ${ok[f]}`), sql`, `)}
          ${FILTERED_FROM} ${whereClause(rest)})
        select 'total' as facet, null as value, null as label, count(*)::int as count from base where ${others(null)} ${filters.stalled ? sql`and stalled` : sql``}
        union all select 'stalled', null, null, count(*)::int from base where ${others(null)} and stalled
        union all select 'domain', d.domain_slug, null, count(*)::int from base b join initiative_domains d on d.initiative_id = b.id where ${others("domain")} group by 2
        union all select 'country', c.country_code, null, count(distinct b.id)::int from base b join initiative_countries c on c.initiative_id = b.id where ${others("country")} group by 2
        union all select 'status', b.status, null, count(*)::int from base b where ${others("status")} group by 2
        union all select 'sourceType', so.source_type::text, null, count(distinct b.id)::int from base b join citations ct on ct.initiative_id = b.id join sources so on so.id = ct.source_id where ${others("sourceType")} group by 2
        union all (select 'actor', a.slug, a.name, count(distinct b.id)::int from base b join initiative_actors ia on ia.initiative_id = b.id join actors a on a.id = ia.actor_id where ${others("actor")} group by 2, 3 order by 4 desc, 3 limit 40)`,
  );
  return rows;
}

const { values } = parseArgs({ options: { runs: { type: "string", default: "9" } } });
const SCENARIOS = ["", "domain=ai&country=VN&status=in-progress", "q=data%20centre&country=VN&status=in-progress", "q=Rechenzentrum", "q=cable&domain=submarine-cables&country=VN"];
const database = await openDatabase(parseDatabaseTarget(process.env.DATABASE_URL));
const median = async (fn: () => Promise<unknown>) => {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[samples.length >> 1]!;
};
console.log(`${"scenario".padEnd(50)} total + facets now (ms)  prototype (ms)  same counts`);
for (const scenario of SCENARIOS) {
  const filters = parseFiltersStrict(new URLSearchParams(scenario));
  const current = await findInitiatives(database.db, filters);
  const proto = await findInitiativesPrototype(database.db, filters);
  const protoTotal = proto.find((r) => r.facet === "total")?.count;
  const domainsEqual = current.facets.domain.every((d) => d.count === (proto.find((r) => r.facet === "domain" && r.value === d.value)?.count ?? 0));
  const where = whereClause(filterConditions(filters));
  const tCurrent = await median(async () => {
    await queryRows(database.db, sql`select count(*)::int as total ${FILTERED_FROM} ${where}`);
    await getFacets(database.db, filters);
  });
  const tProto = await median(() => findInitiativesPrototype(database.db, filters));
  console.log(`${(scenario || "(no filters)").padEnd(50)} ${tCurrent.toFixed(0).padStart(10)} ${tProto.toFixed(0).padStart(18)}  ${current.total === protoTotal && domainsEqual ? "yes" : `NO (${current.total} vs ${protoTotal})`}`);
}
await database.close();
