// npm run test:load — autocannon against the production server (scripts/serve.mjs) on a fresh database (demo data + fixture): 100 connections for
// 60 s cycling through the initiative list, an initiative page, the dashboard and API reads, while an editor script
// writes cited status changes through the API with a bearer token. Passes with 0 errors, 0 timeouts and 0 non-2xx
// answers (reads and writes); prints requests served and latency percentiles. PGlite, and PostgreSQL too when
// TEST_DATABASE_URL is set (or --engine). Needs a production build (`next build`).
// A request counts as a timeout after --timeout seconds (default 60: with 100 connections on a 2-core machine the
// server is saturated and requests queue; the percentiles printed show how long they waited).
//   node scripts/load-test.mjs [--duration 60] [--connections 100] [--timeout 60] [--engine pglite|postgres|both] [--port 3620]
import fs from "node:fs";
import autocannon from "autocannon";
import { api, ensureBuild, freshDatabase, parseArgs, runOnEngines, setupFixture, startServer } from "./security-server.mjs";

const options = parseArgs(process.argv.slice(2), { duration: 60, connections: 100, engine: "", port: 3620, timeout: 60 });
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureBuild();
fs.mkdirSync("data", { recursive: true });

const STATUSES = ["agreed", "in-progress"];

/** The editor: status changes one after another, round-robin over its target initiatives, until told to stop. */
async function editorWrites(baseUrl, fixture, shouldStop) {
  const targets = fixture.slugs.map((slug) => ({ slug, version: 1, status: "proposed" }));
  const citations = [{ sourceId: fixture.sourceId, quote: fixture.quote }];
  const result = { ok: 0, failed: 0, failures: [], latencies: [] };
  for (let i = 0; !shouldStop(); i++) {
    const target = targets[i % targets.length];
    const to = STATUSES.find((s) => s !== target.status);
    const started = performance.now();
    try {
      const response = await api(baseUrl, fixture.token, "POST", `/api/v1/initiatives/${target.slug}/status-changes`, {
        status: to,
        effectiveOn: "2025-04-02",
        note: `Load test write ${i}.`,
        citations,
        version: target.version,
      });
      result.latencies.push(performance.now() - started);
      if (response.status === 201) {
        result.ok++;
        target.version = response.json.version;
        target.status = to;
      } else {
        result.failed++;
        result.failures.push(`${response.status} ${response.text.slice(0, 160)}`);
      }
    } catch (error) {
      result.failed++;
      result.failures.push(error.cause?.code ?? error.message);
    }
  }
  return result;
}

const percentile = (values, p) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function loadRun(engine) {
  const log = `data/sec-load-${engine}.log`;
  fs.writeFileSync(log, "");
  const database = await freshDatabase(engine, "load");
  const fixture = setupFixture(database.url, 8);
  const server = await startServer({ databaseUrl: database.url, port: options.port, log });
  const slug = fixture.demoSlugs[3] ?? fixture.slugs[0];
  const paths = [
    "/initiatives",
    `/initiatives/${slug}`,
    "/",
    "/api/v1/initiatives",
    `/api/v1/initiatives/${slug}`,
    "/api/v1/stats",
    "/initiatives?domain=ai&sort=name",
    "/api/v1/initiatives?q=cable",
  ];
  try {
    // Warm up: the first render of each route compiles and caches; not part of the measurement.
    for (const path of paths) await fetch(`${server.baseUrl}${path}`).then((r) => r.arrayBuffer());

    let stop = false;
    const writer = editorWrites(server.baseUrl, fixture, () => stop);
    const result = await autocannon({
      url: server.baseUrl,
      connections: options.connections,
      duration: options.duration,
      timeout: options.timeout,
      requests: paths.map((path) => ({ method: "GET", path })),
    });
    stop = true;
    const writes = await writer;
    const non2xx = result.non2xx ?? 0;
    const health = await fetch(`${server.baseUrl}/api/health`).then((r) => r.json());
    const pages = health.pageCache;
    const ok = result.errors === 0 && result.timeouts === 0 && non2xx === 0 && writes.failed === 0 && writes.ok > 0;
    console.log(
      [
        `load test on ${engine}: ${options.connections} connections × ${options.duration} s over ${paths.length} reads (list, initiative page, dashboard, API list/detail/stats, filtered list, API search)`,
        `  requests served: ${result.requests.total} (${result.requests.average.toFixed(1)} req/s); 2xx ${result["2xx"]}, non-2xx ${non2xx}, errors ${result.errors}, timeouts (> ${options.timeout} s) ${result.timeouts}`,
        `  requests sent: ${result.requests.sent}; ${Math.max(0, result.requests.sent - result.requests.total)} still waiting when the run ended (not counted in the latencies)`,
        `  read latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p97.5 ${result.latency.p97_5}, p99 ${result.latency.p99}, max ${result.latency.max}`,
        pages
          ? `  page cache: ${pages.hit} hits, ${pages.miss} misses (${pages.stale} after an edit reached the page, ${pages.revalidated} kept across one), ${pages.bypass} passed through (API, assets); ${pages.entries} pages held, ${(pages.bytes / 1048576).toFixed(1)} MB`
          : "  page cache: not running",
        `  editor status changes during the run: ${writes.ok} written, ${writes.failed} failed; write latency ms p50 ${percentile(writes.latencies, 50).toFixed(0)}, p99 ${percentile(writes.latencies, 99).toFixed(0)}`,
        ...writes.failures.slice(0, 5).map((f) => `  WRITE FAILED ${f}`),
        `  ${ok ? "PASS" : "FAIL"}: 0 errors, 0 timeouts and 0 non-2xx required (reads and writes)`,
      ].join("\n"),
    );
    return ok;
  } finally {
    await server.stop();
    await database.drop();
  }
}

await runOnEngines(options.engine, "load test", loadRun);
