// In-process timing of the read functions behind each benchmarked route, to find which one makes a route slow.
// DATABASE_URL=./data/bench-10k node --conditions=react-server --import tsx scripts/bench-profile.ts [--runs 7]
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "@/db/client";
import { getDataVersion } from "@/lib/cache/read-cache";
import { parseFiltersLenient, parseFiltersStrict } from "@/lib/initiatives/filters";
import { getInitiativeAsOf } from "@/lib/initiatives/as-of";
import { getRelatedInitiatives } from "@/lib/initiatives/detail";
import { findInitiatives } from "@/lib/initiatives/queries";
import { parseDatabaseTarget } from "@/lib/env";
import { getRecentActivity } from "@/lib/stats/activity";
import { getFacets } from "@/lib/initiatives/facets";
import { countMatching, getDashboardStats, getHeadlineFigures } from "@/lib/stats/queries";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const database = await openDatabase(parseDatabaseTarget(process.env.DATABASE_URL));
const db = database.db;
const [mid] = await queryRows<{ id: number; slug: string }>(db, sql`select id, slug from initiatives where id >= (select (min(id) + max(id)) / 2 from initiatives) order by id limit 1`);
const none = parseFiltersLenient({});
const list = parseFiltersLenient({ domain: "ai", country: "VN" });
const api = parseFiltersStrict(new URLSearchParams("q=data centre&country=VN&status=in-progress"));

const parts: [string, string, () => Promise<unknown>][] = [
  ["every cached read", "getDataVersion", () => getDataVersion(db)],
  ["list page", "findInitiatives(domain=ai, country=VN)", () => findInitiatives(db, list)],
  ["API list", "findInitiatives(q=data centre, VN, in-progress)", () => findInitiatives(db, api)],
  ["initiative page", "getInitiativeAsOf", () => getInitiativeAsOf(db, mid!.slug)],
  ["initiative page", "getRelatedInitiatives", () => getRelatedInitiatives(db, mid!.id)],
  ["dashboard, API stats", "getHeadlineFigures", () => getHeadlineFigures(db, none)],
  ["dashboard, API stats", "getDashboardStats (headline + all charts)", () => getDashboardStats(db, none)],
  ["dashboard", "getRecentActivity", () => getRecentActivity(db, none, 8)],
  // The dashboard's filter bar (lib/stats/filter-bar.ts, which imports client code tsx cannot load here) is these two:
  ["dashboard (filter bar)", "getFacets + countMatching", () => Promise.all([getFacets(db, none), countMatching(db, none)])],
];

console.log(`${"route".padEnd(22)} ${"function".padEnd(50)} p50 (ms)   max (ms)`);
for (const [route, name, fn] of parts) {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(`${route.padEnd(22)} ${name.padEnd(50)} ${samples[samples.length >> 1]!.toFixed(1).padStart(8)} ${samples.at(-1)!.toFixed(1).padStart(10)}`);
}
await database.close();
