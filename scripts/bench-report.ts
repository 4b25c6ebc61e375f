// Formats the benchmark's results as markdown tables (printed, and written to BENCHMARKS.md per engine).
import fs from "node:fs";
import type { LoadResult } from "./bench-load";

export type RouteSpec = { key: string; name: string; path: string; reference?: boolean };
export type RouteResult = RouteSpec & { status: number; multi?: LoadResult; single?: LoadResult };
export type SizeResult = {
  initiatives: number;
  label: string;
  databaseUrl: string;
  seedSeconds: number | null;
  seededNow: boolean;
  routes: RouteResult[];
  ttfb: { list: { p50: number; p95: number } | null; static: { p50: number; p95: number } | null };
  rssMb: number;
  apiTotal: number | null;
};

export type Targets = { apiP95Ms: number; growthMax: number; cachedShare: number; ttfbFactor: number };

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? "–" : `${(a / b).toFixed(2)}`);
const pct = (v: number | undefined) => (v === undefined ? "–" : `${Math.round(v * 100)} %`);

function statusText(r: RouteResult): string {
  if (r.status === 404) return "missing (404)";
  if (r.status >= 400 || r.status === 0) return `error (${r.status || "no answer"})`;
  return "";
}

export function sizeTable(size: SizeResult, connections: number): string {
  const ping = size.routes.find((r) => r.key === "ping")?.multi;
  const copy = size.routes.find((r) => r.key === "static")?.multi;
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
        `${ratio(m?.rps, ping?.rps)} | ${ratio(m?.rps, copy?.rps)} | ${ms(s?.p50)} | ${ms(s?.p95)} | ${ms(s?.p99)} | ${pct(Math.max(m?.otherCpu ?? 0, s?.otherCpu ?? 0))} |`,
    );
  }
  return lines.join("\n");
}

export function growthTable(sizes: SizeResult[]): string {
  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  const lines = [
    `| Route | 1 conn. p50 at ${first.label} | at ${last.label} | growth | req/s at ${first.label} | at ${last.label} | cost growth (req/s ${first.label} ÷ ${last.label}) |`,
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of first.routes) {
    const a = r;
    const b = last.routes.find((x) => x.key === r.key);
    if (!a.single || !b?.single) {
      lines.push(`| ${r.name} | ${statusText(a) || "–"} | ${b ? statusText(b) || "–" : "–"} | | | | |`);
      continue;
    }
    lines.push(
      `| ${r.name} | ${ms(a.single.p50)} | ${ms(b.single.p50)} | ${ratio(b.single.p50, a.single.p50)}× | ${a.multi?.rps.toFixed(0) ?? "–"} | ` +
        `${b.multi?.rps.toFixed(0) ?? "–"} | ${ratio(a.multi?.rps, b.multi?.rps)}× |`,
    );
  }
  return lines.join("\n");
}

export function targetLines(engine: string, sizes: SizeResult[], targets: Targets): string[] {
  const out: string[] = [];
  const last = sizes.at(-1)!;
  const first = sizes[0]!;
  const api = last.routes.find((r) => r.key === "api-list");
  const verdict = (ok: boolean) => (ok ? "**met**" : "**not met**");
  if (api?.single) {
    out.push(`- API list with filters + search, 1 client, p95 at ${last.label}: ${ms(api.single.p95)} ms — target ≤ ${targets.apiP95Ms} ms on ${engine}: ${verdict(api.single.p95 <= targets.apiP95Ms)}` +
      (api.single.p95 > targets.apiP95Ms ? ` (${(api.single.p95 / targets.apiP95Ms).toFixed(1)}× over)` : ""));
  } else out.push(`- API list with filters + search: ${api ? statusText(api) : "not measured"}`);
  const apiFirst = first.routes.find((r) => r.key === "api-list");
  if (sizes.length > 1 && api?.single && apiFirst?.single) {
    const growth = api.single.p50 / apiFirst.single.p50;
    out.push(`- Cost growth of that query ${first.label} → ${last.label} (1-client p50): ${growth.toFixed(2)}× — target ≤ ${targets.growthMax}× (the target is stated for 1k → 100k): ${verdict(growth <= targets.growthMax)}`);
  }
  const ping = last.routes.find((r) => r.key === "ping")?.multi;
  if (ping) {
    for (const r of last.routes.filter((x) => !x.reference && x.multi)) {
      const share = r.multi!.rps / ping.rps;
      out.push(`- ${r.name} throughput at ${last.label}: ${Math.round(share * 100)} % of the bare handler's — target for cached reads ≥ ${targets.cachedShare * 100} %: ${verdict(share >= targets.cachedShare)}`);
    }
  }
  if (last.ttfb.list && last.ttfb.static) {
    const factor = last.ttfb.list.p50 / last.ttfb.static.p50;
    out.push(`- List page time to first byte at ${last.label}: p50 ${ms(last.ttfb.list.p50)} ms vs static copy ${ms(last.ttfb.static.p50)} ms = ${factor.toFixed(1)}× — target ≤ ${targets.ttfbFactor}×: ${verdict(factor <= targets.ttfbFactor)}`);
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
