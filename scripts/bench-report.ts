// Formats the benchmark's results as markdown tables (printed, and written to BENCHMARKS.md per engine).
import fs from "node:fs";
import type { LoadResult } from "./bench-load";

/**
 * expectStatus: the answer the route should give (200 unless said; the no-data reference is a 404 page).
 * copyOf: a static copy of that page route's HTML, the reference for its throughput.
 */
export type RouteSpec = { key: string; name: string; path: string; reference?: boolean; expectStatus?: number; copyOf?: string };

export const answered = (r: { status: number; expectStatus?: number }) => r.status === (r.expectStatus ?? 200);
/** multi/single: with the read cache; uncached: one client on a server started with READ_CACHE_MB=0. */
export type RouteResult = RouteSpec & { status: number; multi?: LoadResult; single?: LoadResult; uncached?: LoadResult };
type Latency = { p50: number; p95: number };
export type SizeResult = {
  initiatives: number;
  label: string;
  databaseUrl: string;
  seedSeconds: number | null;
  seededNow: boolean;
  routes: RouteResult[];
  /** Time to first byte: the list page (with and without the read cache), its static copy, a page without data. */
  ttfb: { list: Latency | null; static: Latency | null; noData: Latency | null; listUncached: Latency | null };
  rssMb: number;
  apiTotal: number | null;
  afterEdit?: AfterEdit | null;
};

/** Two initiative pages loaded side by side for 5 s before one edit and for the 5 s after it. */
export type AfterEdit = {
  edited: string;
  unrelated: string;
  before: { edited: LoadResult; unrelated: LoadResult };
  after: { edited: LoadResult; unrelated: LoadResult };
};

export type Targets = { apiP95Ms: number; growthMax: number; cachedShare: number; pageShareOfStatic: number; pageP99Ms: number; ttfbFactor: number };

const PAGE_KEYS = ["list", "detail", "dashboard", "timeline"];

/**
 * The static copy a route's throughput is compared with: a page's is its own HTML as a file (none when that copy was
 * not measured: another page's would be a different file); an API route's, the list page's copy.
 */
function staticCopy(routes: RouteResult[], key: string): LoadResult | undefined {
  if (PAGE_KEYS.includes(key)) return routes.find((r) => r.copyOf === key && r.key !== key)?.multi;
  return routes.find((r) => r.key === "static")?.multi;
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? "–" : `${(a / b).toFixed(2)}`);
const pct = (v: number | undefined) => (v === undefined ? "–" : `${Math.round(v * 100)} %`);

function statusText(r: RouteResult): string {
  if (answered(r)) return "";
  if (r.status === 404) return "missing (404)";
  if (r.status >= 400 || r.status === 0) return `error (${r.status || "no answer"})`;
  return "";
}

export function sizeTable(size: SizeResult, connections: number): string {
  const ping = size.routes.find((r) => r.key === "ping")?.multi;
  const lines = [
    `| Route | req/s (${connections} conn.) | p50 | p95 | p99 (ms) | ÷ bare handler | ÷ static copy | 1 conn. p50 | p95 | p99 (ms) | others' CPU |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of size.routes) {
    const problem = statusText(r);
    const name = `${r.name}${r.reference ? " *(reference)*" : ""}<br><code>${r.path.replace(/\|/g, "%7C")}</code>`;
    if (problem) {
      lines.push(`| ${name} | ${problem} | | | | | | | | | |`);
      continue;
    }
    const m = r.multi;
    const s = r.single;
    const failures = (m?.failures ?? 0) + (s?.failures ?? 0);
    lines.push(
      `| ${name} | ${m ? (m.requests ? m.rps.toFixed(m.rps < 10 ? 1 : 0) : "no answer within the run") : "–"}${failures ? ` (${failures} failed)` : ""} | ${ms(m?.p50)} | ${ms(m?.p95)} | ${ms(m?.p99)} | ` +
        `${ratio(m?.rps, ping?.rps)} | ${ratio(m?.rps, staticCopy(size.routes, r.copyOf ?? r.key)?.rps)} | ${ms(s?.p50)} | ${ms(s?.p95)} | ${ms(s?.p99)} | ${pct(Math.max(m?.otherCpu ?? 0, s?.otherCpu ?? 0))} |`,
    );
  }
  return lines.join("\n");
}

export function ttfbSentence(size: SizeResult): string {
  const { list, static: copy, noData, listUncached } = size.ttfb;
  const pair = (l: Latency | null) => (l ? `${ms(l.p50)}/${ms(l.p95)} ms` : "–");
  return (
    `Time to first byte (sequential requests, p50/p95): list page ${pair(list)} (read cache off: ${pair(listUncached)}), ` +
    `static copy ${pair(copy)}, a page with the same layout and no data (the 404 page) ${pair(noData)}.`
  );
}

export function afterEditTable(a: AfterEdit): string {
  const row = (name: string, b: LoadResult, x: LoadResult) =>
    `| ${name} | ${ms(b.p50)} | ${ms(b.p99)} | ${ms(x.p50)} | ${ms(x.p99)} | ${b.rps.toFixed(0)} → ${x.rps.toFixed(0)} | ${b.failures + x.failures} |`;
  return [
    `One edit through the API (the summary of \`${a.edited}\`), then both pages loaded side by side with ${a.before.edited.connections} connections each for 5 s; the same 5 s before the edit for comparison:`,
    "",
    "| Initiative page | before: p50 | p99 | after the edit: p50 | p99 (ms) | req/s | failed |",
    "|---|---:|---:|---:|---:|---:|---:|",
    row(`Edited (\`${a.edited}\`)`, a.before.edited, a.after.edited),
    row(`Unrelated (\`${a.unrelated}\`)`, a.before.unrelated, a.after.unrelated),
  ].join("\n");
}

export function uncachedTable(size: SizeResult): string {
  const lines = ["| Route | p50 | p95 | p99 (ms) | req/s | with the cache: p50 | p95 (ms) |", "|---|---:|---:|---:|---:|---:|---:|"];
  for (const r of size.routes.filter((x) => x.uncached)) {
    const u = r.uncached!;
    lines.push(`| ${r.name} | ${ms(u.p50)} | ${ms(u.p95)} | ${ms(u.p99)} | ${u.rps.toFixed(u.rps < 10 ? 1 : 0)} | ${ms(r.single?.p50)} | ${ms(r.single?.p95)} |`);
  }
  return lines.join("\n");
}

/** 1-client p50 per route at the first and last size, from the cached ("single") or uncached measurement. */
export function growthTable(sizes: SizeResult[], which: "single" | "uncached"): string {
  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  const lines = [`| Route | 1 conn. p50 at ${first.label} | at ${last.label} | growth |`, "|---|---:|---:|---:|"];
  for (const a of first.routes) {
    const b = last.routes.find((x) => x.key === a.key);
    const [x, y] = [a[which], b?.[which]];
    if (!x || !y) continue;
    lines.push(`| ${a.name} | ${ms(x.p50)} | ${ms(y.p50)} | ${ratio(y.p50, x.p50)}× |`);
  }
  return lines.join("\n");
}

export function targetLines(engine: string, sizes: SizeResult[], targets: Targets): string[] {
  const out: string[] = [];
  const last = sizes.at(-1)!;
  const first = sizes[0]!;
  const api = last.routes.find((r) => r.key === "api-list");
  const verdict = (ok: boolean) => (ok ? "**met**" : "**not met**");
  const apiFirst = first.routes.find((r) => r.key === "api-list");
  for (const [which, label] of [["single", "with the read cache"], ["uncached", "read cache off"]] as const) {
    const p95 = api?.[which]?.p95;
    if (p95 === undefined) {
      out.push(`- API list with filters + search, ${label}: ${api ? statusText(api) || "not measured" : "not measured"}`);
      continue;
    }
    out.push(`- API list with filters + search, 1 client, p95 at ${last.label}, ${label}: ${ms(p95)} ms — target ≤ ${targets.apiP95Ms} ms on ${engine}: ${verdict(p95 <= targets.apiP95Ms)}` +
      (p95 > targets.apiP95Ms ? ` (${(p95 / targets.apiP95Ms).toFixed(1)}× over)` : ""));
    const before = apiFirst?.[which]?.p50;
    if (sizes.length > 1 && before) {
      const growth = api![which]!.p50 / before;
      out.push(`- Cost growth of that query ${first.label} → ${last.label} (1-client p50), ${label}: ${growth.toFixed(2)}× — target ≤ ${targets.growthMax}× (stated for 1k → 100k): ${verdict(growth <= targets.growthMax)}`);
    }
  }
  for (const r of last.routes.filter((x) => PAGE_KEYS.includes(x.key) && x.multi)) {
    const copy = staticCopy(last.routes, r.key);
    const m = r.multi!;
    out.push(`- ${r.name} at ${last.label}, ${m.connections} connections: p99 ${ms(m.p99)} ms, ${m.failures} failed — target p99 ≤ ${targets.pageP99Ms} ms, 0 errors: ${verdict(m.p99 <= targets.pageP99Ms && m.failures === 0)}`);
    if (copy) {
      const share = m.rps / copy.rps;
      out.push(`- ${r.name} throughput at ${last.label}: ${Math.round(share * 100)} % of its static copy's — target ≥ ${targets.pageShareOfStatic * 100} %: ${verdict(share >= targets.pageShareOfStatic)}`);
    }
  }
  if (last.afterEdit) {
    const { before, after } = last.afterEdit;
    out.push(`- After one edit at ${last.label}, p99 over the next 5 s: edited page ${ms(before.edited.p99)} → ${ms(after.edited.p99)} ms, unrelated page ${ms(before.unrelated.p99)} → ${ms(after.unrelated.p99)} ms`);
  }
  const ping = last.routes.find((r) => r.key === "ping")?.multi;
  if (ping) {
    for (const r of last.routes.filter((x) => !x.reference && x.multi && !PAGE_KEYS.includes(x.key))) {
      const share = r.multi!.rps / ping.rps;
      out.push(`- ${r.name} throughput at ${last.label}: ${Math.round(share * 100)} % of the bare handler's — target for cached reads ≥ ${targets.cachedShare * 100} %: ${verdict(share >= targets.cachedShare)}`);
    }
    const noData = last.routes.find((x) => x.key === "no-data")?.multi;
    if (noData) out.push(`- For comparison, a page with the same layout and no data: ${Math.round((noData.rps / ping.rps) * 100)} % of the bare handler's throughput`);
  }
  if (last.ttfb.list && last.ttfb.static) {
    const factor = last.ttfb.list.p50 / last.ttfb.static.p50;
    const floor = last.ttfb.noData ? ` (a page without data: ${ms(last.ttfb.noData.p50)} ms = ${(last.ttfb.noData.p50 / last.ttfb.static.p50).toFixed(1)}×)` : "";
    out.push(`- List page time to first byte at ${last.label}: p50 ${ms(last.ttfb.list.p50)} ms vs static copy ${ms(last.ttfb.static.p50)} ms = ${factor.toFixed(1)}×${floor} — target ≤ ${targets.ttfbFactor}×: ${verdict(factor <= targets.ttfbFactor)}`);
  }
  return out;
}

/** Replaces this engine's section of BENCHMARKS.md (between markers), keeping the other engine's latest results. */
export function writeBenchmarksFile(file: string, engine: string, section: string): void {
  const start = `<!-- bench:${engine}:start -->`;
  const end = `<!-- bench:${engine}:end -->`;
  const header = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (scripts/bench.ts); each engine's section is replaced by its latest run. Numbers come",
    "from a shared 2-core machine where other work may be running: the *others' CPU* column is the share of the",
    "machine's CPU used by processes other than the server, the database and the load generator during that",
    "measurement; a run above 30 % is repeated once. The load generator (autocannon) runs on the same cores as the",
    "server, so absolute throughput is lower than on a dedicated machine; ratios between routes are the useful part.",
    "",
  ].join("\n");
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : header;
  const block = `${start}\n${section.trim()}\n${end}`;
  const at = text.indexOf(start);
  const stop = text.indexOf(end);
  text = at >= 0 && stop > at ? text.slice(0, at) + block + text.slice(stop + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}
