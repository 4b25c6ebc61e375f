// npm run test:crash — a burst of writes through the REST API (initiative creations and cited status changes, by an
// editor's API token), SIGKILL of the whole server process group in the middle of it, a restart on the same
// database, the rest of the burst, then a check that every acknowledged write (2xx received) is present and that
// nothing is half-written (scripts/security-fixture.ts verify). On PGlite, and on PostgreSQL when TEST_DATABASE_URL
// is set (or --engine postgres|both). Needs a production build (`next build`).
//   node scripts/crash-test.mjs [--writes 500] [--concurrency 8] [--engine pglite|postgres|both] [--port 3610]
import fs from "node:fs";
import { api, ensureBuild, freshDatabase, parseArgs, runOnEngines, setupFixture, startServer, verifyFixture } from "./security-server.mjs";

const options = parseArgs(process.argv.slice(2), { writes: 500, concurrency: 8, engine: "", port: 3610 });
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureBuild();
fs.mkdirSync("data", { recursive: true });

const STATUSES = ["agreed", "in-progress"];

async function crashRun(engine) {
  const run = `${engine}-${Date.now().toString(36)}`;
  const log = `data/sec-crash-${engine}.log`;
  fs.writeFileSync(log, "");
  const database = await freshDatabase(engine, "crash");
  const fixture = setupFixture(database.url, options.concurrency);
  let server = await startServer({ databaseUrl: database.url, port: options.port, log });

  // The plan: every fifth write creates an initiative, the others change the status of the worker's own target.
  const acks = { editorEmail: fixture.editorEmail, initiatives: [], statusChanges: [], touched: [...fixture.slugs] };
  const citations = [{ sourceId: fixture.sourceId, quote: fixture.quote }];
  const killAt = Math.floor(options.writes * (0.4 + Math.random() * 0.2));
  let acknowledged = 0;
  let attempted = 0;
  let inFlightAtKill = 0;
  let inFlight = 0;
  let killed = null;
  const errors = [];
  const unknown = [];

  const workers = Array.from({ length: options.concurrency }, (_, w) => ({
    slug: fixture.slugs[w],
    version: 1,
    status: "proposed",
    ops: Array.from({ length: options.writes }, (_, i) => i).filter((i) => i % options.concurrency === w),
    next: 0,
  }));

  async function resync(worker) {
    const { status, json } = await api(server.baseUrl, fixture.token, "GET", `/api/v1/initiatives/${worker.slug}`);
    if (status !== 200) throw new Error(`GET ${worker.slug} after restart: ${status}`);
    worker.version = json.version;
    worker.status = json.status;
  }

  async function write(worker, i) {
    if (i % 5 === 0) {
      const slug = `crash-${run}-${i}`;
      const body = { slug, name: `Crash test initiative ${run} ${i}`, summary: "Written by the crash test to check durability.", status: "proposed", citations };
      const response = await api(server.baseUrl, fixture.token, "POST", "/api/v1/initiatives", body);
      if (response.status !== 201) return response;
      acks.initiatives.push(slug);
      acks.touched.push(slug);
      return response;
    }
    const to = STATUSES.find((s) => s !== worker.status);
    const body = { status: to, effectiveOn: "2025-04-02", note: `Crash test write ${i}.`, citations, version: worker.version };
    const response = await api(server.baseUrl, fixture.token, "POST", `/api/v1/initiatives/${worker.slug}/status-changes`, body);
    if (response.status !== 201) return response;
    worker.version = response.json.version;
    worker.status = to;
    acks.statusChanges.push({ slug: worker.slug, id: response.json.data.id, version: response.json.version });
    return response;
  }

  async function drive(worker) {
    while (worker.next < worker.ops.length) {
      if (killed) return; // the server is gone: stop until the restart
      const i = worker.ops[worker.next++];
      attempted++;
      inFlight++;
      try {
        const response = await write(worker, i);
        if (response.status >= 200 && response.status < 300) {
          acknowledged++;
          if (acknowledged === killAt && !killed) {
            inFlightAtKill = inFlight - 1;
            killed = server.kill();
          }
        } else {
          errors.push(`write ${i}: ${response.status} ${response.text.slice(0, 200)}`);
        }
      } catch (error) {
        // No answer: the write may or may not have committed. Only acknowledged writes are promised.
        unknown.push(i);
        if (!killed) errors.push(`write ${i}: ${error.cause?.code ?? error.message}`);
      } finally {
        inFlight--;
      }
    }
  }

  const burstStarted = Date.now();
  await Promise.all(workers.map(drive));
  if (!killed) throw new Error(`the burst ended before the kill point (${killAt} acknowledged writes)`);
  await killed;
  const ackedBeforeKill = acknowledged;

  // Restart on the same database: PGlite takes over the dead process's lock, PostgreSQL is untouched.
  server = await startServer({ databaseUrl: database.url, port: options.port, log });
  const restartMs = server.startedInMs;
  killed = null;
  for (const worker of workers) await resync(worker);
  await Promise.all(workers.map(drive));
  const burstSeconds = (Date.now() - burstStarted) / 1000;

  // Acknowledged creations are served by the restarted server.
  let served = 0;
  for (const slug of acks.initiatives) if ((await api(server.baseUrl, fixture.token, "GET", `/api/v1/initiatives/${slug}`)).status === 200) served++;
  await server.stop();

  const acksFile = `data/sec-crash-${engine}-acks.json`;
  fs.writeFileSync(acksFile, JSON.stringify(acks));
  const verdict = verifyFixture(database.url, acksFile);
  const total = acks.initiatives.length + acks.statusChanges.length;
  const ok = verdict.ok && errors.length === 0 && served === acks.initiatives.length;
  console.log(
    [
      `crash test on ${engine}: ${attempted} writes attempted in ${burstSeconds.toFixed(1)} s (${options.concurrency} writers)`,
      `  SIGKILL of the server process group after ${ackedBeforeKill} acknowledged writes, ${inFlightAtKill} in flight; restarted in ${(restartMs / 1000).toFixed(1)} s`,
      `  acknowledged: ${total} (${acks.initiatives.length} initiatives created, ${acks.statusChanges.length} status changes); no answer: ${unknown.length}`,
      `  verified present after the crash: ${verdict.ok ? total : "see problems"} of ${total}; acknowledged initiatives served after restart: ${served}/${acks.initiatives.length}`,
      `  half-written rows: ${verdict.problems.length ? verdict.problems.join("; ") : "none"} (initiatives without status history, status changes/milestones without citation, version ≠ writes, status ≠ latest change, writes without audit)`,
      ...errors.slice(0, 10).map((e) => `  ERROR ${e}`),
    ].join("\n"),
  );
  if (ok) await database.drop();
  else console.log(`  (database kept for inspection: ${database.url}; server log ${log})`);
  return ok;
}

await runOnEngines(options.engine, "crash test", crashRun);
