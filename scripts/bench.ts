// npm run bench -- [--engine pglite|postgres] [--sizes 1000,10000] [--duration 15] [--single-duration 4]
//                  [--connections 50] [--port 3500] [--build] [--database-url postgres://…] [--no-write]
// --build rebuilds from HEAD; otherwise the last private build (in /tmp/tracker-bench/app) is reused and its commit reported.
// Starts the production server on a scale-seeded database per size and measures, in the same run, the app's routes
// and references served by the same server (each page's HTML as a static file, a prerendered constant-JSON route, the 404 page).
// Pages are served by the page cache (lib/page-cache); after the load runs, one edit is made through the API and the
// edited initiative's page and an unrelated one are loaded for 5 s each, side by side with the same 5 s before it.
// Then restarts the server with both caches off (READ_CACHE_MB=0, PAGE_CACHE_MB=0) and measures the app's routes
// again with one client: what the first request for a view costs, and how that cost grows with the data.
// Prints throughput and latency tables, growth between sizes and the targets; writes BENCHMARKS.md.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { spawnSync } from "node:child_process";
import { type Engine, ensureBenchDatabase, ensureBenchEditor, postgresBaseUrl } from "./bench-db";
import { machineDescription, measureTtfb, runLoad, timedGet, type LoadResult } from "./bench-load";
import { afterEditTable, answered, growthTable, type AfterEdit, type RouteResult, type RouteSpec, type SizeResult, sizeTable, targetLines, ttfbSentence, uncachedTable, writeBenchmarksFile } from "./bench-report";
import { BUILD_ROOT, ensureBuild, findFreePort, startServer, type Server } from "./bench-server.mjs";

const { values } = parseArgs({
  options: {
    engine: { type: "string", default: "pglite" },
    sizes: { type: "string", default: "1000,10000" },
    duration: { type: "string", default: "15" },
    "single-duration": { type: "string", default: "4" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3500" },
    build: { type: "boolean", default: false },
    "database-url": { type: "string" },
    "no-write": { type: "boolean", default: false },
  },
});
const engine = values.engine as Engine;
if (engine !== "pglite" && engine !== "postgres") throw new Error("--engine must be pglite or postgres");
const sizes = values.sizes.split(",").map(Number);
const duration = Number(values.duration);
const singleDuration = Number(values["single-duration"]);
const connections = Number(values.connections);
const DISTURBED = 0.3;

const LIST_PATH = "/initiatives?domain=ai&country=VN";
// A page with the same root layout and no data: the time to first byte of any dynamic page in this app.
const NO_DATA_PATH = "/bench/no-such-page";
const API_PATH = "/api/v1/initiatives?q=data%20centre&country=VN&status=in-progress";
// Each page's HTML as a static file, served from the build directory's public/ (the server lists public files when it
// starts): the reference for that page's throughput ("the same HTML served as a static file by the same process").
const STATIC_DIR = path.join(BUILD_ROOT, "public", "bench");
const PAGE_COPIES = [
  { key: "list", file: "list.html", name: "Static copy of the list page" },
  { key: "detail", file: "detail.html", name: "Static copy of the initiative page" },
  { key: "dashboard", file: "dashboard.html", name: "Static copy of the dashboard" },
  { key: "timeline", file: "timeline.html", name: "Static copy of the timeline page" },
] as const;

function routesFor(slug: string): RouteSpec[] {
  return [
    { key: "list", name: "List page with filters", path: LIST_PATH },
    { key: "detail", name: "Initiative page", path: `/initiatives/${slug}` },
    { key: "dashboard", name: "Dashboard", path: "/" },
    { key: "timeline", name: "Timeline page", path: "/timeline" },
    { key: "api-list", name: "API list, filters + search", path: API_PATH },
    { key: "api-stats", name: "API stats", path: "/api/v1/stats" },
    ...PAGE_COPIES.map((c) => ({ key: c.key === "list" ? "static" : `static-${c.key}`, name: c.name, path: `/bench/${c.file}`, reference: true, copyOf: c.key })),
    { key: "ping", name: "Bare route handler, constant JSON", path: "/api/bench/ping", reference: true },
    { key: "no-data", name: "A page with the same layout and no data (the 404 page)", path: NO_DATA_PATH, reference: true, expectStatus: 404 },
  ];
}

/** Our processes: the server's group, plus (on PostgreSQL) the backends serving the benchmark databases. */
function ourPids(server: Server): () => number[] {
  return () => {
    const pids = server.pids();
    if (engine === "postgres") {
      const listed = spawnSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" }).stdout;
      for (const line of listed.split("\n")) if (line.includes("tracker_bench_")) pids.push(Number(line.trim().split(/\s+/)[0]));
    }
    return pids;
  };
}

/** Runs a load test, once more if other processes took a large share of the CPU meanwhile; keeps the calmer run. */
async function measure(url: string, conns: number, seconds: number, pids: () => number[], expectStatus?: number): Promise<LoadResult> {
  const first = await runLoad(url, conns, seconds, pids, expectStatus);
  if (first.otherCpu <= DISTURBED) return first;
  console.log(`    (others used ${Math.round(first.otherCpu * 100)} % of the CPU: measuring again)`);
  const second = await runLoad(url, conns, seconds, pids, expectStatus);
  return second.otherCpu < first.otherCpu ? second : first;
}

async function benchSize(initiatives: number, pgBase: string | undefined, port: number): Promise<SizeResult> {
  const database = await ensureBenchDatabase(engine, initiatives, pgBase);
  console.log(`\n━━ ${initiatives} initiatives on ${engine} (${database.databaseUrl.replace(/:[^:@/]+@/, ":***@")})`);
  // The server lists public files at start-up: the copy must exist before it starts (it is refreshed below).
  fs.mkdirSync(STATIC_DIR, { recursive: true });
  for (const c of PAGE_COPIES) {
    const file = path.join(STATIC_DIR, c.file);
    if (!fs.existsSync(file)) fs.writeFileSync(file, "<!doctype html><title>placeholder</title>");
  }
  const token = await ensureBenchEditor(database.databaseUrl);
  const server = await startServer(port, { DATABASE_URL: database.databaseUrl });
  const pids = ourPids(server);
  try {
    const routes: RouteResult[] = [];
    for (const spec of routesFor(database.slug)) {
      const probe = await timedGet(server.url + spec.path).catch(() => ({ status: 0, body: "" }));
      routes.push({ ...spec, status: probe.status });
      const copy = PAGE_COPIES.find((c) => c.key === spec.key);
      if (copy && probe.status === 200) fs.writeFileSync(path.join(STATIC_DIR, copy.file), probe.body);
    }
    if (routes.find((r) => r.key === "detail")?.status === 404) {
      throw new Error(`The server does not know ${database.slug}: it is not running on the seeded database.`);
    }
    let apiTotal: number | null = null;
    const api = await timedGet(server.url + API_PATH).catch(() => null);
    if (api?.status === 200) apiTotal = (JSON.parse(api.body) as { total?: number }).total ?? null;
    // Warm up every route (first renders, the database's caches), then measure.
    for (const r of routes.filter(answered)) for (let i = 0; i < 15; i++) await timedGet(server.url + r.path);
    for (const r of routes.filter(answered)) {
      process.stdout.write(`  ${r.name}: ${connections} connections… `);
      r.multi = await measure(server.url + r.path, connections, duration, pids, r.expectStatus);
      process.stdout.write(`${r.multi.rps.toFixed(0)} req/s; 1 connection… `);
      r.single = await measure(server.url + r.path, 1, singleDuration, pids, r.expectStatus);
      console.log(`p50 ${r.single.p50.toFixed(1)} ms, p95 ${r.single.p95.toFixed(1)} ms`);
    }
    const ok = (key: string) => routes.find((r) => r.key === key)?.status === 200;
    const ttfb: SizeResult["ttfb"] = {
      list: ok("list") ? await measureTtfb(server.url + LIST_PATH, 60) : null,
      static: ok("static") ? await measureTtfb(server.url + "/bench/list.html", 60) : null,
      noData: await measureTtfb(server.url + NO_DATA_PATH, 60),
      listUncached: null,
    };
    const afterEdit = await measureAfterEdit(server.url, database.slug, token, pids);
    const rssMb = server.rssKb() / 1024;
    await server.stop();
    ttfb.listUncached = await measureUncached(database.databaseUrl, port, routes);
    return { initiatives, label: database.label, databaseUrl: database.databaseUrl, seedSeconds: database.seedSeconds, seededNow: database.seededNow, routes, ttfb, rssMb, apiTotal, afterEdit };
  } catch (error) {
    console.error(server.output());
    throw error;
  } finally {
    await server.stop();
  }
}

/**
 * One edit through the API (the initiative's summary), then its page and an unrelated initiative's page loaded side by
 * side for 5 s; the same pair measured for 5 s just before the edit. The unrelated page should not move.
 */
async function measureAfterEdit(base: string, edited: string, token: string, pids: () => number[]): Promise<AfterEdit | null> {
  const list = JSON.parse((await timedGet(`${base}/api/v1/initiatives?pageSize=40&sort=name`)).body) as { data: { slug: string }[] };
  let unrelated: string | undefined;
  for (const { slug } of list.data) {
    if (slug === edited) continue;
    const page = await timedGet(`${base}/initiatives/${slug}`);
    if (page.status === 200 && !page.body.includes(`/initiatives/${edited}"`)) {
      unrelated = slug;
      break;
    }
  }
  if (!unrelated) return null;
  const pages = { edited: `${base}/initiatives/${edited}`, unrelated: `${base}/initiatives/${unrelated}` };
  for (const url of Object.values(pages)) for (let i = 0; i < 5; i++) await timedGet(url);
  const pair = () => Promise.all([runLoad(pages.edited, connections / 2, 5, pids), runLoad(pages.unrelated, connections / 2, 5, pids)]);
  process.stdout.write("  One edit: 5 s before… ");
  const before = await pair();
  const current = JSON.parse((await timedGet(`${base}/api/v1/initiatives/${edited}`)).body) as { version: number; summary: string };
  const response = await fetch(`${base}/api/v1/initiatives/${edited}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ version: current.version, summary: `${current.summary.replace(/ \(benchmark edit \d+\)$/, "")} (benchmark edit ${Date.now()})` }),
  });
  if (response.status !== 200) throw new Error(`The benchmark's edit failed: ${response.status} ${await response.text()}`);
  process.stdout.write("5 s after… ");
  const after = await pair();
  console.log(`edited p99 ${before[0].p99.toFixed(1)} → ${after[0].p99.toFixed(1)} ms, unrelated ${before[1].p99.toFixed(1)} → ${after[1].p99.toFixed(1)} ms`);
  return { edited, unrelated, before: { edited: before[0], unrelated: before[1] }, after: { edited: after[0], unrelated: after[1] } };
}

/** The app's routes with one client on a server without the read and page caches; returns the list page's time to first byte. */
async function measureUncached(databaseUrl: string, port: number, routes: RouteResult[]) {
  const server = await startServer(port, { DATABASE_URL: databaseUrl, READ_CACHE_MB: "0", PAGE_CACHE_MB: "0" });
  const pids = ourPids(server);
  try {
    const app = routes.filter((r) => !r.reference && r.status === 200);
    // Warm up for at least 2 s per route (and 5 requests): a fresh process compiles PGlite's WebAssembly in tiers, and
    // requests timed before the optimised code is in place run about twice as long (scripts/bench-query.ts).
    for (const r of app) {
      const until = Date.now() + 2_000;
      for (let i = 0; i < 5 || Date.now() < until; i++) await timedGet(server.url + r.path);
    }
    for (const r of app) {
      process.stdout.write(`  ${r.name}, read cache off: 1 connection… `);
      r.uncached = await measure(server.url + r.path, 1, singleDuration, pids);
      console.log(`p50 ${r.uncached.p50.toFixed(1)} ms, p95 ${r.uncached.p95.toFixed(1)} ms`);
    }
    return app.some((r) => r.key === "list") ? await measureTtfb(server.url + LIST_PATH, 30) : null;
  } catch (error) {
    console.error(server.output());
    throw error;
  } finally {
    await server.stop();
  }
}

const started = Date.now();
const build = await ensureBuild(values.build);
const pgBase = engine === "postgres" ? postgresBaseUrl(values["database-url"]) : undefined;
const port = await findFreePort(Number(values.port));
const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n, pgBase, port));

const targets = { apiP95Ms: 25, growthMax: 2, cachedShare: 0.6, pageShareOfStatic: 0.5, pageP99Ms: 250, ttfbFactor: 2 };
const parts = [
  `## ${engine === "pglite" ? "PGlite (embedded)" : "PostgreSQL 15 (local server)"}`,
  "",
  `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; run took ${Math.round((Date.now() - started) / 1000)} s`,
  `- Machine: ${machineDescription()}`,
  `- Commit: ${build.commit} ("${build.subject}"), built ${build.builtAt.toISOString().slice(0, 16).replace("T", " ")} UTC from \`git archive\` of that commit`,
  `- Load: autocannon, ${connections} connections for ${duration} s and 1 connection for ${singleDuration} s per route, after 15 warm-up requests; latencies in ms`,
  `- API query: \`${API_PATH}\` (${results.map((r) => `${r.apiTotal ?? "?"} matches at ${r.label}`).join(", ")})`,
  "",
];
for (const r of results) {
  parts.push(`### ${r.initiatives.toLocaleString("en")} initiatives`, "");
  parts.push(
    `Seed: ${r.seedSeconds === null ? "time unknown" : `${r.seedSeconds} s`}${r.seededNow ? " (seeded in this run)" : " (database reused)"}. ` +
      `Server RSS after the run: ${r.rssMb.toFixed(0)} MB.` +
      ` ${ttfbSentence(r)}`,
    "",
    sizeTable(r, connections),
    "",
    ...(r.afterEdit ? [afterEditTable(r.afterEdit), ""] : []),
    `Read and page caches off (\`READ_CACHE_MB=0 PAGE_CACHE_MB=0\`: every request renders and queries the database, as the first request for a view does), 1 connection, after at least 2 s and 5 warm-up requests per route:`,
    "",
    uncachedTable(r),
    "",
  );
}
if (results.length > 1) {
  parts.push(`### Growth ${results[0]!.label} → ${results.at(-1)!.label}`, "", "With the read cache:", "", growthTable(results, "single"), "");
  parts.push("Read cache off (the queries' own growth):", "", growthTable(results, "uncached"), "");
}
parts.push("### Targets", "", ...targetLines(engine, results, targets), "");
const section = parts.join("\n");
console.log(`\n${section}`);
if (!values["no-write"]) {
  writeBenchmarksFile("BENCHMARKS.md", engine, section);
  console.log("Wrote BENCHMARKS.md.");
}
