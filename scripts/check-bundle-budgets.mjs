// First-load JavaScript per route, gzip-compressed, against the budgets below; exits 1 when one is exceeded.
// Reads the production build in .next (run after `next build`): the framework's root chunks (build-manifest.json,
// rootMainFiles) plus, per route, the client chunks of the layouts, boundaries and page on its path (the route's
// client reference manifest, entryJSFiles) — the scripts the server puts in that route's HTML. The nomodule
// polyfills and chunks imported dynamically after load (e.g. Recharts on the dashboard) are not first-load.
//   node scripts/check-bundle-budgets.mjs               check the build
//   node scripts/check-bundle-budgets.mjs --html URL    also fetch each route's HTML from a running server and
//                                                       check that its <script src>s are the files counted here
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

// The list and detail pages were to stay under 130 kB, below what Next 16 + React 19 can ship. The floor, measured
// by this same method on an empty app (next 16.4.6, react/react-dom 19.3.1 installed from npm into a fresh directory;
// a root layout with <html><body> and one empty server page; `next build`): 134.9 kB with Turbopack (131.4 kB root
// chunks + 3.5 kB of Next's own client boundaries in the layout's chunk), 133.1 kB with `next build --webpack`; with
// one next/link in the layout, 138.0 kB. The counted files equal the <script src>s of its prerendered HTML. Ours
// measured 140.3 kB (list) and 140.0 kB (detail): the list/detail budget is that plus ~3 kB, which fails at once if
// Recharts (~118 kB) or any other library reaches them. See ARCHITECTURE.md, decision 9.
const BUDGETS_KB = [
  { route: "/", budget: 220 },
  { route: "/timeline", budget: 220 },
  { route: "/map", budget: 220 },
  { route: "/initiatives", budget: 143 },
  { route: "/initiatives/[slug]", budget: 143, sample: "/initiatives/e2e-ai-centre" },
  // Entity pages: Recharts (status over time) loads after hydration, in its own chunk, so not in first-load JS.
  { route: "/countries/[code]", budget: 220, sample: "/countries/TH" },
];
const BOUNDARY_FILES = ["layout", "template", "page", "error", "loading", "not-found", "forbidden", "unauthorized", "global-error"];

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, ".next");
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));
const gzipSizes = new Map();
function gzipSize(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length);
  return gzipSizes.get(file);
}
const kB = (bytes) => (bytes / 1000).toFixed(1);

function clientManifest(route) {
  const dir = path.join(dist, "server", "app", route === "/" ? "" : route);
  let file = path.join(dir, "page_client-reference-manifest.js");
  // A page inside a route group (app/initiatives/(list)/page.tsx) has its manifest one folder down.
  if (!fs.existsSync(file) && fs.existsSync(dir)) {
    const group = fs.readdirSync(dir).find((d) => /^\(.+\)$/.test(d) && fs.existsSync(path.join(dir, d, "page_client-reference-manifest.js")));
    if (group) file = path.join(dir, group, "page_client-reference-manifest.js");
  }
  if (!fs.existsSync(file)) return null;
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const manifests = sandbox.__RSC_MANIFEST ?? {};
  return manifests[route === "/" ? "/page" : `${route}/page`] ?? Object.values(manifests)[0] ?? null;
}

/** The manifest's entries that render on this route: boundary files of the root and of each segment down to it. */
function routeEntries(route, manifest) {
  const segments = route === "/" ? [] : route.slice(1).split("/");
  const prefixes = segments.map((_, i) => `/${segments.slice(0, i + 1).join("/")}`);
  return Object.keys(manifest.entryJSFiles ?? {}).filter((key) => {
    const match = /^\[project\]\/app(\/.*)?\/([^/]+)$/.exec(key);
    if (!match || !BOUNDARY_FILES.includes(match[2])) return false;
    // Route groups "(name)" and private folders do not appear in the URL.
    const dir = (match[1] ?? "").replace(/\/\([^/]+\)/g, "") || "/";
    return dir === "/" || prefixes.includes(dir);
  });
}

function firstLoadFiles(route, buildManifest) {
  const manifest = clientManifest(route);
  if (!manifest) return null;
  const files = new Set(buildManifest.rootMainFiles);
  for (const key of routeEntries(route, manifest)) for (const file of manifest.entryJSFiles[key]) files.add(file);
  return [...files].filter((f) => f.endsWith(".js"));
}

async function htmlScripts(baseUrl, urlPath) {
  const response = await fetch(new URL(urlPath, baseUrl));
  if (!response.ok) return { status: response.status, files: [] };
  const html = await response.text();
  const files = [...html.matchAll(/<script\b[^>]*\bsrc="\/_next\/([^"]+)"[^>]*>/g)]
    .filter((m) => !/\bnoModule\b|\bnomodule\b/.test(m[0]))
    .map((m) => m[1].split("?")[0]);
  return { status: response.status, files };
}

if (!fs.existsSync(path.join(dist, "build-manifest.json"))) {
  console.error("No production build in .next: run `npx next build` first.");
  process.exit(1);
}
const buildManifest = readJson("build-manifest.json");
const htmlIndex = process.argv.indexOf("--html");
const baseUrl = htmlIndex > -1 ? process.argv[htmlIndex + 1] : null;
const shared = buildManifest.rootMainFiles.filter((f) => f.endsWith(".js")).reduce((n, f) => n + gzipSize(f), 0);

const rows = [];
let failed = false;
for (const { route, budget, sample } of BUDGETS_KB) {
  const files = firstLoadFiles(route, buildManifest);
  if (!files) {
    rows.push([route, "—", "—", `${budget} kB`, "not in this build"]);
    continue;
  }
  const total = files.reduce((n, f) => n + gzipSize(f), 0);
  const over = total > budget * 1000;
  failed ||= over;
  let verdict = over ? `✗ over by ${kB(total - budget * 1000)} kB` : "✓";
  if (baseUrl) {
    const html = await htmlScripts(baseUrl, sample ?? route);
    const missing = html.files.filter((f) => !files.includes(f));
    const extra = files.filter((f) => !html.files.includes(f));
    if (html.status !== 200) verdict += ` (HTML: HTTP ${html.status})`;
    else if (missing.length || extra.length) {
      failed = true;
      verdict += ` ✗ HTML differs: loads ${missing.join(", ") || "nothing else"}; not ${extra.join(", ") || "—"}`;
    } else verdict += " (matches HTML)";
  }
  rows.push([route, `${kB(total)} kB`, `${kB(total - shared)} kB`, `${budget} kB`, verdict]);
}

const header = ["Route", "First-load JS (gzip)", "of which route-specific", "Budget", ""];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ").trimEnd();
console.log(`\nFirst-load JavaScript per route (gzip; 1 kB = 1000 bytes). Framework chunks shared by every route: ${kB(shared)} kB.\n`);
console.log(line(header));
console.log(line(widths.map((w) => "─".repeat(w))));
for (const row of rows) console.log(line(row));
console.log("");
if (failed) {
  console.error("Bundle budget exceeded (or the HTML check disagreed): see the table above.");
  process.exit(1);
}
