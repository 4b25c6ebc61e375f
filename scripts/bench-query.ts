// In-process timing of the initiative list query and each of its parts, without HTTP, to find which part is slow.
// DATABASE_URL=./data/bench-10k node --expose-gc --conditions=react-server --import tsx scripts/bench-query.ts [--explain "q=cable"]
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { getDatabase, queryRows } from "@/db/client";
import { FILTERED_FROM, filterConditions, whereClause } from "@/lib/initiatives/conditions";
import { countFacetsFromIndex, facetIndexFor } from "@/lib/initiatives/facet-index";
import { countFacetsInSql } from "@/lib/initiatives/facets";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { getMatchExplanations } from "@/lib/initiatives/match";
import { findInitiatives, resolveSearch } from "@/lib/initiatives/queries";

export const SCENARIOS = [
  "",
  "domain=ai&country=VN",
  "domain=ai&country=VN&status=in-progress",
  "q=data+centre",
  "q=数据中心",
  "q=Rechenzentrum",
  "q=cable&domain=submarine-cables&country=VN",
  "q=Jakrta",
  "q=cable&domain=submarine-cables&country=VN&status=in-progress&sort=relevance",
  "q=data%20centre&country=VN&status=in-progress",
];

const { values } = parseArgs({ options: { runs: { type: "string", default: "15" }, explain: { type: "string" } } });
// The app's own process-wide handle (DATABASE_URL), so the in-memory facet index applies as it does in the app.
const database = await getDatabase();
const db = database.db;
const runs = Number(values.runs);

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(runs / 2)]!, p95: samples[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]! };
}

if (values.explain !== undefined) {
  const filters = parseFiltersStrict(new URLSearchParams(values.explain));
  const where = whereClause(filterConditions(filters));
  const plan = await queryRows<{ "QUERY PLAN": string }>(db, sql`explain (analyze, buffers) select count(*) ${FILTERED_FROM} ${where}`);
  console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
} else {
  const fmt = (t: { p50: number; p95: number }) => `${t.p50.toFixed(1).padStart(6)}/${t.p95.toFixed(1).padStart(6)}`;
  // The parts as findInitiatives runs them: the search once, then the page and the facets (with the total) by id.
  // One silent pass first: PGlite's WebAssembly is compiled in tiers, and the first scenarios would otherwise be timed
  // before the optimised code is in place (the same search statement took 43 ms in its first rounds, 19 ms later, at 10k).
  // The facet index's first load (ARCHITECTURE P8): its time and the heap it adds.
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStarted = performance.now();
  await countFacetsFromIndex(db, parseFiltersStrict(new URLSearchParams("")), undefined);
  const loadMs = performance.now() - loadStarted;
  globalThis.gc?.();
  console.log(`facet index: loaded in ${loadMs.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heapBefore) / 1048576).toFixed(1)} MB${globalThis.gc ? "" : " (run node with --expose-gc for an exact figure)"}`);
  for (const scenario of SCENARIOS) for (let i = 0; i < 5; i++) await findInitiatives(db, parseFiltersStrict(new URLSearchParams(scenario)));
  console.log(`${"scenario".padEnd(72)} ${"total p50/p95".padStart(13)}  search (mem)   search (SQL)   facets (SQL)   facets (mem)      match  (ms)`);
  for (const scenario of SCENARIOS) {
    const filters = parseFiltersStrict(new URLSearchParams(scenario));
    const total = await time(() => findInitiatives(db, filters));
    const resolved = filters.q ? await resolveSearch(db, filters.q) : undefined;
    // The search as findInitiatives resolves it, with the facet index's help, and by the SQL alone (as-of views).
    const index = await facetIndexFor(db, filters);
    const search = filters.q ? await time(() => resolveSearch(db, filters.q!, index)) : { p50: 0, p95: 0 };
    const searchSql = filters.q ? await time(() => resolveSearch(db, filters.q!)) : { p50: 0, p95: 0 };
    const facets = await time(() => countFacetsInSql(db, filters, resolved));
    const memory = await time(async () => (await countFacetsFromIndex(db, filters, resolved, 40)) ?? Promise.reject(new Error("no facet index")));
    const page = await findInitiatives(db, filters);
    const match = filters.q ? await time(() => getMatchExplanations(db, filters.q!, page.data.map((r) => r.id))) : { p50: 0, p95: 0 };
    console.log(`${(scenario || "(no filters)").padEnd(72)} ${fmt(total)}  ${fmt(search)}  ${fmt(searchSql)}  ${fmt(facets)}  ${fmt(memory)}  ${fmt(match)}  total=${page.total}`);
  }
}
await database.close();
