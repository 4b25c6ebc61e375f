// The production server: Next.js behind the page cache (lib/page-cache/server.mjs). `npm start` runs it after a
// build; tests, benchmarks and the load and crash harnesses start it the same way. Options as `next start`:
// -p/--port (or PORT, default 3000) and -H/--hostname (or HOSTNAME, default all interfaces).
import http from "node:http";
import next from "next";
import { BRIDGE_KEY, STATS_KEY } from "../lib/page-cache/keys.mjs";
import { createPageCache } from "../lib/page-cache/server.mjs";

function option(short, long) {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === short || a === long);
  return at >= 0 ? args[at + 1] : undefined;
}

const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Read after prepare(): Next.js has loaded .env files by then.
const pageCacheMb = Number(process.env.PAGE_CACHE_MB || 64);
if (!Number.isFinite(pageCacheMb) || pageCacheMb < 0) {
  console.error(`PAGE_CACHE_MB must be a number of megabytes ≥ 0 (got "${process.env.PAGE_CACHE_MB}")`);
  process.exit(1);
}

const cache = createPageCache({
  handle: (req, res) => handle(req, res),
  bridge: () => globalThis[BRIDGE_KEY],
  budgetBytes: pageCacheMb * 1024 * 1024,
});
// /api/health reports what the page cache did (hits, misses, entries, bytes): the load test prints it.
globalThis[STATS_KEY] = () => cache.stats();
const server = http.createServer((req, res) => {
  cache.serve(req, res).catch((error) => {
    console.error("[page-cache]", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  const address = server.address();
  const local = address.address === "0.0.0.0" || address.address === "::" ? "127.0.0.1" : address.address;
  cache.setOrigin({ host: local, port: address.port });
  console.log(`> Ready on http://${hostname}:${address.port} (page cache ${pageCacheMb} MB)`);
});
