// npm test's API fuzzer: property-based requests generated from the served OpenAPI document (/api/openapi.json),
// sent to the production build (`next start`, the load and crash tests' harness: scripts/security-server.mjs) on a
// fresh database with the demo data, half anonymously and half with an editor's token. Every answer is checked
// against the document (scripts/api-fuzz/checks.mjs: no 5xx, declared statuses, response schemas, valid requests
// accepted, invalid ones refused naming the field, 405 with Allow, nothing written by a refused request).
// Seeded and bounded; a failing case is printed as a curl line. PGlite, and PostgreSQL when TEST_DATABASE_URL is set.
//   node scripts/api-fuzz.mjs [--runs 2400] [--seed 17] [--engine pglite|postgres|both] [--port 3640] [--show 3]
// More cases: --runs 20000 (or FUZZ_API_RUNS); another sequence: --seed <n> (printed on every run).
import fs from "node:fs";
import fc from "fast-check";
import { checkResponse, createValidator, curlLine, FAILURE_CLASSES } from "./api-fuzz/checks.mjs";
import { createRequestFactory } from "./api-fuzz/requests.mjs";
import { ensureBuild, freshDatabase, parseArgs, runOnEngines, setupFixture, startServer } from "./security-server.mjs";

const options = parseArgs(process.argv.slice(2), { runs: Number(process.env.FUZZ_API_RUNS ?? 2400), seed: 17, engine: "", port: 3640, show: 3 });
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureBuild();
fs.mkdirSync("data", { recursive: true });

async function fetchJson(baseUrl, path, token) {
  const response = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return response.json();
}

/** What the generated requests draw their realistic values from. */
async function worldOf(baseUrl, fixture) {
  const sources = await fetchJson(baseUrl, "/api/v1/sources?pageSize=100");
  const actors = await fetchJson(baseUrl, "/api/v1/actors");
  const sourceIds = [fixture.sourceId, ...sources.data.map((s) => s.id).filter((id) => id !== fixture.sourceId)];
  return {
    slugs: [...fixture.slugs, ...fixture.demoSlugs],
    sourceIds,
    publishers: [...new Set(sources.data.map((s) => s.publisher).filter(Boolean))].slice(0, 10),
    actorSlugs: actors.data.map((a) => a.slug).slice(0, 20),
    importJobIds: [],
    quote: fixture.quote,
  };
}

function encodeBody(request, n) {
  if (request.body === undefined || request.method === "GET" || request.method === "OPTIONS") return undefined;
  if (request.contentType !== "multipart/form-data") return JSON.stringify(request.body);
  const form = new FormData();
  const article = { title: `Fuzzed import ${n}`, publisher: "Fuzz Daily", sourceType: "other", text: `Article ${n}: the two ministries signed a memorandum on digital cooperation and data centres.` };
  form.set("file", new File([`${JSON.stringify(article)}\n`], "articles.jsonl", { type: "application/x-ndjson" }));
  if (typeof request.body?.sourceType === "string") form.set("sourceType", request.body.sourceType);
  return form;
}

async function dataVersion(baseUrl) {
  return (await fetchJson(baseUrl, "/api/health")).dataVersion;
}

/** Background imports write after their 202: wait for the job so its rows are not blamed on a later request. */
async function settleImport(baseUrl, token, response) {
  const href = response.headers.get("location");
  for (let i = 0; href && i < 100; i++) {
    const job = await fetchJson(baseUrl, href, token);
    if (job.data?.status !== "running") return job.data?.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

async function fuzzRun(engine) {
  const log = `data/api-fuzz-${engine}.log`;
  fs.writeFileSync(log, "");
  const database = await freshDatabase(engine, "apifuzz");
  const fixture = setupFixture(database.url, 4);
  // Rate limits off: with them on, most export requests would be answered 429 (declared) and never exercised.
  const server = await startServer({ databaseUrl: database.url, port: options.port, log, env: { RATE_LIMIT_EXPORT_PER_MINUTE: "0", RATE_LIMIT_EXTRACT_PER_MINUTE: "0" } });
  const started = Date.now();
  try {
    const doc = await fetchJson(server.baseUrl, "/api/openapi.json");
    const validator = createValidator(doc);
    const world = await worldOf(server.baseUrl, fixture);
    const { ops, caseArbitrary } = createRequestFactory({ doc, validator, world });
    const cases = fc.sample(caseArbitrary, { seed: options.seed, numRuns: options.runs });
    const failures = new Map(FAILURE_CLASSES.map((c) => [c, []]));
    const counts = { sent: 0, valid: 0, invalid: 0, method: 0, skipped: 0, anonymous: 0, token: 0, accepted: 0 };
    const statuses = new Map();
    for (const [n, request] of cases.entries()) {
      if (request.expect === "skip") {
        counts.skipped++;
        continue;
      }
      const body = encodeBody(request, n);
      const headers = {};
      if (request.auth) headers.authorization = `Bearer ${fixture.token}`;
      if (typeof body === "string") headers["content-type"] = "application/json";
      const writes = request.method !== "GET";
      const before = writes ? await dataVersion(server.baseUrl) : null;
      const response = await fetch(`${server.baseUrl}${request.url}`, { method: request.method, headers, body, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      counts.sent++;
      counts[request.expect]++;
      counts[request.auth ? "token" : "anonymous"]++;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const found = checkResponse({ request, response, text, validator });
      if (response.status < 300) counts.accepted++;
      if (response.status === 202 && request.op.path === "/api/v1/import-jobs") {
        const id = await settleImport(server.baseUrl, fixture.token, response);
        if (id) world.importJobIds.push(id);
      }
      if (writes && response.status >= 400 && (await dataVersion(server.baseUrl)) !== before) {
        found.push({ cls: "written by a rejected request", detail: `${response.status}; the data generation moved from ${before}` });
      }
      for (const f of found) failures.get(f.cls).push({ ...f, curl: curlLine(server.baseUrl, request, body), expect: request.expect, mutation: request.mutation?.path });
    }
    const seconds = (Date.now() - started) / 1000;
    const total = [...failures.values()].reduce((sum, list) => sum + list.length, 0);
    console.log(`API fuzz on ${engine} (seed ${options.seed}): ${counts.sent} requests in ${seconds.toFixed(0)} s over ${ops.length} operations — ${counts.anonymous} anonymous, ${counts.token} with a token; ${counts.valid} schema-valid (${counts.accepted} accepted), ${counts.invalid} schema-invalid, ${counts.method} method probes; ${counts.skipped} generated cases skipped (not valid by the schema)`);
    console.log(`  statuses: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, c]) => `${s}×${c}`).join(", ")}`);
    for (const [cls, list] of failures) {
      console.log(`  ${list.length ? "✗" : "✓"} ${cls}: ${list.length}`);
      for (const f of list.slice(0, options.show)) console.log(`      ${f.detail}${f.mutation ? ` [invalid: ${f.mutation}]` : ""}\n      ${f.curl}`);
    }
    console.log(`  ${total === 0 ? "PASS" : "FAIL"}: 0 failures of every class required (server log: ${log}; TOKEN for the curl lines is in the fixture)`);
    return total === 0;
  } finally {
    await server.stop();
    await database.drop();
  }
}

await runOnEngines(options.engine, "API fuzz", fuzzRun);
