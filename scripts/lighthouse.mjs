// npm run lighthouse -- [--url http://host:port] [--runs 1] [--preset mobile|desktop] [--port 3550] [--data dir] [--json file] [--no-write]
// Lighthouse 12.2.3 in Debian's Chromium on home, the list, an initiative page and the timeline. Without --url it
// starts the production build (scripts/bench-server.mjs: built from HEAD in a private directory) on a fresh PGlite
// database with the demo data. Prints the four category scores per page and the audits that cost points, and
// replaces the Lighthouse section of BENCHMARKS.md (unless --no-write or --url). --data (default data/lighthouse-pglite)
// and BENCH_WORKDIR (the private build, default /tmp/tracker-bench/app) let two people measure at the same time.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { ensureBuild, findFreePort, startServer } from "./bench-server.mjs";

/** Replaces the text between this section's markers in BENCHMARKS.md (the bench script keeps the other sections). */
function writeSection(file, name, body) {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const block = `${start}\n${body.trim()}\n${end}`;
  const at = text.indexOf(start);
  const stop = text.indexOf(end);
  text = at >= 0 && stop > at ? text.slice(0, at) + block + text.slice(stop + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    runs: { type: "string", default: "1" },
    preset: { type: "string", default: "mobile" },
    port: { type: "string", default: "3550" },
    data: { type: "string", default: path.join("data", "lighthouse-pglite") },
    build: { type: "boolean", default: false },
    json: { type: "string" },
    "no-write": { type: "boolean", default: false },
  },
});
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function findSlug(base) {
  try {
    const response = await fetch(`${base}/api/v1/initiatives?pageSize=1`);
    const body = await response.json();
    if (body.data?.[0]?.slug) return body.data[0].slug;
  } catch {
    // fall back to the list page's first link
  }
  const html = await (await fetch(`${base}/initiatives`)).text();
  const match = /href="\/initiatives\/([a-z0-9-]+)"/.exec(html);
  if (!match) throw new Error("Could not find an initiative to audit.");
  return match[1];
}

/** Points an audit costs its category: its weight share times what it missed. */
function losses(lhr, category) {
  const refs = lhr.categories[category].auditRefs.filter((r) => r.weight > 0);
  const total = refs.reduce((sum, r) => sum + r.weight, 0);
  return refs
    .map((r) => ({ ref: r, audit: lhr.audits[r.id] }))
    .filter(({ audit }) => audit.score !== null && audit.score < 1)
    .map(({ ref, audit }) => ({ id: ref.id, title: audit.title, value: audit.displayValue ?? "", lost: (ref.weight / total) * (1 - audit.score) * 100, audit }))
    .sort((a, b) => b.lost - a.lost);
}

function detailLines(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 3).map((item) => {
    const node = item.node ?? item;
    const where = node.selector ?? node.snippet ?? item.url ?? item.source?.url ?? "";
    const why = (node.explanation ?? item.description ?? "").split("\n").slice(0, 2).join(" ");
    return `        ${String(where).slice(0, 110)}${why ? ` — ${why.slice(0, 160)}` : ""}`;
  });
}

async function audit(url, chrome) {
  const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES };
  const result = await lighthouse(url, flags, values.preset === "desktop" ? desktopConfig : undefined);
  return result.lhr;
}

let server;
let build;
let base = values.url?.replace(/\/+$/, "");
if (!base) {
  build = await ensureBuild(values.build);
  const dataDir = path.resolve(values.data);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.lock`, { force: true });
  const port = await findFreePort(Number(values.port));
  console.log(`Starting the production build on a fresh PGlite database with the demo data (port ${port})…`);
  server = await startServer(port, { DATABASE_URL: dataDir, SEED_DEMO: "true" });
  base = server.url;
}

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
const report = [];
try {
  const slug = await findSlug(base);
  const pages = [
    { name: "Home", path: "/" },
    { name: "Initiatives list", path: "/initiatives" },
    { name: "Initiative page", path: `/initiatives/${slug}` },
    { name: "Timeline", path: "/timeline" },
  ];
  for (const page of pages) {
    // Warm the route once (first render, caches) so the audit measures the page, not the server's start.
    await fetch(base + page.path);
    const runs = [];
    for (let i = 0; i < Number(values.runs); i++) runs.push(await audit(base + page.path, chrome));
    runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)]; // the median run by performance
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
    report.push({ ...page, scores, lhr });
  }
} finally {
  await chrome.kill();
  await server?.stop();
}

const pad = (s, n) => String(s).padEnd(n);
const markdown = [];
console.log(`\nLighthouse ${report[0]?.lhr.lighthouseVersion} (${values.preset}), ${report[0]?.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}, ${values.runs} run(s) per page, median by performance\n`);
console.log(`${pad("Page", 20)} ${pad("URL", 58)} perf  a11y  BP   SEO`);
for (const r of report) {
  const cell = (c) => pad(`${r.scores[c]}${r.scores[c] < TARGETS[c] ? "!" : ""}`, 5);
  console.log(`${pad(r.name, 20)} ${pad(r.path, 58)} ${CATEGORIES.map(cell).join(" ")}`);
}
console.log(`\nTargets: performance ≥ 95, accessibility/best practices/SEO = 100 ("!" marks a miss).`);
for (const r of report) {
  const perf = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
    .map((id) => `${r.lhr.audits[id].title.replace(/ .*/, (m) => m)} ${r.lhr.audits[id].displayValue}`)
    .join(", ");
  console.log(`\n${r.name} (${r.path}) — ${perf}`);
  for (const category of CATEGORIES) {
    const lost = losses(r.lhr, category).filter((l) => l.lost >= 0.5);
    for (const l of lost.slice(0, 6)) {
      console.log(`  ${pad(category, 15)} −${l.lost.toFixed(1).padStart(4)}  ${l.title}${l.value ? ` (${l.value})` : ""} [${l.id}]`);
      for (const line of detailLines(l.audit)) console.log(line);
    }
  }
}
markdown.push(
  `## Lighthouse (${values.preset})`,
  "",
  `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; Lighthouse ${report[0]?.lhr.lighthouseVersion}, ${report[0]?.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]} (Debian Chromium), ${values.runs} run(s) per page, median by performance`,
  build ? `- Commit: ${build.commit} ("${build.subject}"), production build on a fresh PGlite database with the demo data` : `- Against ${base}`,
  "",
  "| Page | Performance | Accessibility | Best practices | SEO |",
  "|---|---:|---:|---:|---:|",
  ...report.map((r) => `| ${r.name} (\`${r.path}\`) | ${CATEGORIES.map((c) => (r.scores[c] < TARGETS[c] ? `**${r.scores[c]}**` : r.scores[c])).join(" | ")} |`),
  "",
  "Audits that cost points (points lost in their category):",
  "",
  ...report.flatMap((r) =>
    CATEGORIES.flatMap((c) => losses(r.lhr, c).filter((l) => l.lost >= 0.5).slice(0, 4).map((l) => `- ${r.name}, ${c}: −${l.lost.toFixed(1)} ${l.title}${l.value ? ` (${l.value})` : ""}`)),
  ),
);
if (!values["no-write"] && build) {
  writeSection("BENCHMARKS.md", "lighthouse", markdown.join("\n"));
  console.log("\nWrote the Lighthouse section of BENCHMARKS.md.");
}
if (values.json) {
  fs.writeFileSync(values.json, JSON.stringify(report.map((r) => ({ name: r.name, path: r.path, scores: r.scores, lhr: r.lhr }))));
  console.log(`\nFull reports written to ${values.json}.`);
}
