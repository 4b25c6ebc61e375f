// npm run eval:real:extract [-- --split=odd|even|all] [--lang=vi,th] [--verbose]
// Scores the extractor on the researcher-labelled real excerpts in data/real-articles/*.json (git-ignored: their text
// is never committed). Ids ending in an even number are for tuning, odd ones are held out. Events are scored on the
// date alone; the labels only date events of tracked initiatives, so event precision is low by construction and
// recall is the figure to watch. Status suggestions are scored on the articles labelled with a transition, against
// the catalogue's statuses as they stood the day before the article (the seed's histories replayed).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadEvalCatalog, loadEvalStatusesBefore } from "@/lib/ingest/eval/catalog";
import { addCounts, compareSets, toMetrics, type Counts } from "@/lib/ingest/eval/score";
import { DOMAIN_TOPIC_THRESHOLD } from "@/lib/ingest/extract/domains";
import { createExtractor } from "@/lib/ingest/extract/extract";
import { CONFIDENT_LINK, LINK_SUGGESTION_THRESHOLD } from "@/lib/ingest/extract/entities";
import { detectLanguage } from "@/lib/ingest/extract/language";
import { buildSuggestions } from "@/lib/ingest/suggest";

type RealArticle = {
  id: string;
  title: string;
  publishedOn: string;
  language: string;
  text: string;
  labels: {
    initiatives?: string[];
    countries: string[];
    domains: string[];
    events?: { date: string }[];
    statusChange?: { initiative: string; to: string } | null;
  };
};

const FIELDS = ["initiatives", "countries", "domains", "events"] as const;
type Field = (typeof FIELDS)[number];

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const split = arg("split") ?? "odd";
const langArg = arg("lang");
const langs = langArg === "all" ? null : (langArg?.split(",") ?? ["vi", "th", "id", "ms", "tl"]);
const verbose = process.argv.includes("--verbose");

const dir = join(process.cwd(), "data/real-articles");
const articles = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as RealArticle)
  .filter((a) => langs === null || langs.includes(a.language))
  .filter((a) => {
    const n = Number(/(\d+)$/u.exec(a.id)?.[1] ?? 0);
    return split === "all" || (split === "even" ? n % 2 === 0 : n % 2 === 1);
  });

const extract = createExtractor(loadEvalCatalog());
const zero = (): Record<Field, Counts> => ({
  initiatives: { tp: 0, fp: 0, fn: 0 },
  countries: { tp: 0, fp: 0, fn: 0 },
  domains: { tp: 0, fp: 0, fn: 0 },
  events: { tp: 0, fp: 0, fn: 0 },
});
type Entry = {
  counts: Record<Field, Counts>;
  n: number;
  detected: number;
  confident: { right: number; wrong: number };
  statuses: Counts;
};
const emptyEntry = (): Entry => ({
  counts: zero(),
  n: 0,
  detected: 0,
  confident: { right: 0, wrong: 0 },
  statuses: { tp: 0, fp: 0, fn: 0 },
});
const byLang = new Map<string, Entry>();

for (const a of articles) {
  const publishedOn = /^\d{4}-\d{2}-\d{2}$/u.test(a.publishedOn) ? a.publishedOn : undefined;
  const x = extract({ text: a.text, title: a.title, publishedOn });
  const predicted: Record<Field, Set<string>> = {
    initiatives: new Set(
      x.initiatives.flatMap((i) => (i.slug && i.confidence >= LINK_SUGGESTION_THRESHOLD ? [i.slug] : [])),
    ),
    countries: new Set(x.countries.map((c) => c.code)),
    domains: new Set(x.domains.filter((d) => d.confidence >= DOMAIN_TOPIC_THRESHOLD).map((d) => d.slug)),
    events: new Set(x.events.map((e) => e.date)),
  };
  const gold: Record<Field, Set<string>> = {
    initiatives: new Set(a.labels.initiatives ?? []),
    countries: new Set(a.labels.countries),
    domains: new Set(a.labels.domains),
    events: new Set((a.labels.events ?? []).map((e) => e.date)),
  };
  const entry = byLang.get(a.language) ?? emptyEntry();
  for (const i of x.initiatives) {
    if (!i.slug || i.confidence < CONFIDENT_LINK) continue;
    if (gold.initiatives.has(i.slug)) entry.confident.right++;
    else entry.confident.wrong++;
  }
  // A status change: what the review queue would propose had the article been imported on its publication day.
  if (publishedOn) {
    const before = loadEvalStatusesBefore(publishedOn);
    const proposed = new Set(
      buildSuggestions(a.text, x, publishedOn, before).flatMap((s) =>
        s.kind === "status-change"
          ? [
              `${(s.payload as { initiativeSlug: string }).initiativeSlug}→${(s.payload as { toStatus: string }).toStatus}`,
            ]
          : [],
      ),
    );
    const label = a.labels.statusChange;
    // Gold only where there was a transition to make that day: an initiative already at that status, or not yet
    // tracked (an editor would create it, not change it), has none.
    const from = label ? before.get(label.initiative) : undefined;
    const gold = new Set(label && from && from !== label.to ? [`${label.initiative}→${label.to}`] : []);
    const { missed, extra, ...counts } = compareSets(gold, proposed);
    entry.statuses = addCounts(entry.statuses, counts);
    if (verbose && (missed.length || extra.length))
      console.log(`${a.id} ${a.language} status: missed ${missed.join(" ") || "-"}; extra ${extra.join(" ") || "-"}`);
  }
  entry.n++;
  if (detectLanguage(a.text) === a.language) entry.detected++;
  for (const f of FIELDS) {
    const { missed, extra, ...counts } = compareSets(gold[f], predicted[f]);
    entry.counts[f] = addCounts(entry.counts[f], counts);
    if (verbose && (missed.length || (extra.length && f !== "events")))
      console.log(`${a.id} ${a.language} ${f}: missed ${missed.join(" ") || "-"}; extra ${extra.join(" ") || "-"}`);
  }
  byLang.set(a.language, entry);
}

const pct = (n: number) => n.toFixed(2);
console.log(`split=${split} (${articles.length} articles)`);
console.log(
  "lang   n  detect  initiatives P/R/F1  countries P/R/F1  domains P/R/F1    events P/R/F1     confident links right/wrong (P)  status changes P/R (right/wrong/missed)",
);
const total = emptyEntry();
for (const e of byLang.values()) {
  total.n += e.n;
  total.detected += e.detected;
  total.confident.right += e.confident.right;
  total.confident.wrong += e.confident.wrong;
  total.statuses = addCounts(total.statuses, e.statuses);
  for (const f of FIELDS) total.counts[f] = addCounts(total.counts[f], e.counts[f]);
}
for (const [lang, e] of [...[...byLang].sort(), ["all", total] as const]) {
  const cells = FIELDS.map((f) => {
    const m = toMetrics(e.counts[f]);
    return `${pct(m.precision)}/${pct(m.recall)}/${pct(m.f1)}`;
  });
  const { right, wrong } = e.confident;
  const confident = `${right}/${wrong} (${right + wrong ? pct(right / (right + wrong)) : "-"})`;
  const { tp, fp, fn } = e.statuses;
  const st = toMetrics(e.statuses);
  const statuses = `${tp + fp ? pct(st.precision) : "-"}/${tp + fn ? pct(st.recall) : "-"} (${tp}/${fp}/${fn})`;
  console.log(
    `${lang.padEnd(5)} ${String(e.n).padStart(3)}  ${`${e.detected}/${e.n}`.padEnd(7)} ${cells.map((c) => c.padEnd(17)).join(" ")} ${confident.padEnd(16)} ${statuses}`,
  );
}
