// Precision, recall and F1 of extraction on the real articles, as the reviewer judged it: per article, per field
// (distinct values for links; matched events for dates), summed per language (fewer than MIN_LANGUAGE_ARTICLES
// articles pooled as "other") and overall. Pure, so the numbers in BENCHMARKS.md can be checked by a unit test.
import { addCounts, type Counts, type Metrics, toMetrics } from "../score";
import type { Judgement } from "./policy";
import { REAL_FIELDS, type LabelledEvent, type RealField, type RealLabels } from "./types";

export const MIN_LANGUAGE_ARTICLES = 5;

export type ArticleScore = { language: string; counts: Record<RealField, Counts>; missed: { initiatives: string[]; countries: string[]; domains: string[]; events: LabelledEvent[] } };

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function scoreArticle(language: string, labels: RealLabels, judgements: Judgement[]): ArticleScore {
  const counts = Object.fromEntries(REAL_FIELDS.map((f) => [f, zero()])) as Record<RealField, Counts>;
  const gold: Record<Exclude<RealField, "events">, string[]> = { initiatives: labels.initiatives, countries: labels.countries, domains: labels.domains };
  const missed: ArticleScore["missed"] = { initiatives: [], countries: [], domains: [], events: [] };
  for (const field of ["initiatives", "countries", "domains"] as const) {
    const predicted = new Map<string, boolean>();
    for (const j of judgements) if (j.field === field) predicted.set(j.value, (predicted.get(j.value) ?? false) || j.correct);
    const goldSet = new Set(gold[field]);
    counts[field].tp = [...predicted.keys()].filter((v) => goldSet.has(v)).length;
    counts[field].fp = [...predicted.keys()].filter((v) => !goldSet.has(v)).length;
    missed[field] = [...goldSet].filter((v) => !predicted.has(v));
    counts[field].fn = missed[field].length;
  }
  const matched = judgements.filter((j) => j.field === "events" && j.event);
  counts.events = { tp: matched.length, fp: judgements.filter((j) => j.field === "events" && !j.event).length, fn: labels.events.length - matched.length };
  const left = [...labels.events];
  for (const j of matched) left.splice(left.indexOf(j.event!), 1);
  missed.events = left;
  return { language, counts, missed };
}

export type ScopeMetrics = { scope: string; articles: number; metrics: Record<RealField, Metrics> };

/** One row per language with at least MIN_LANGUAGE_ARTICLES articles, then "other", then "all". */
export function aggregate(scores: ArticleScore[]): ScopeMetrics[] {
  const perLanguage = new Map<string, number>();
  for (const s of scores) perLanguage.set(s.language, (perLanguage.get(s.language) ?? 0) + 1);
  const scopeOf = (language: string) => ((perLanguage.get(language) ?? 0) >= MIN_LANGUAGE_ARTICLES ? language : "other");
  const groups = new Map<string, ArticleScore[]>();
  for (const s of scores) groups.set(scopeOf(s.language), [...(groups.get(scopeOf(s.language)) ?? []), s]);
  const order = [...groups.keys()].filter((k) => k !== "other").sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b));
  if (groups.has("other")) order.push("other");
  const sum = (list: ArticleScore[]): ScopeMetrics["metrics"] =>
    Object.fromEntries(REAL_FIELDS.map((f) => [f, toMetrics(list.reduce((acc, s) => addCounts(acc, s.counts[f]), zero()))])) as ScopeMetrics["metrics"];
  return [...order.map((scope) => ({ scope, articles: groups.get(scope)!.length, metrics: sum(groups.get(scope)!) })), { scope: "all", articles: scores.length, metrics: sum(scores) }];
}

const LABELS: Record<RealField, string> = { initiatives: "Initiative links", countries: "Countries", domains: "Domains", events: "Dated events" };
const f2 = (n: number) => n.toFixed(2);

/** Markdown, for BENCHMARKS.md: P / R / F1 per cell, then the overall counts. */
export function formatTable(rows: ScopeMetrics[], otherLanguages: string[]): string {
  const head = `| Language | Articles | ${REAL_FIELDS.map((f) => `${LABELS[f]} P / R / F1`).join(" | ")} |`;
  const rule = `|---|---:|${REAL_FIELDS.map(() => "---").join("|")}|`;
  const body = rows.map((r) => {
    const name = r.scope === "all" ? "**all**" : r.scope === "other" ? `other (${otherLanguages.join(", ")})` : r.scope;
    return `| ${name} | ${r.articles} | ${REAL_FIELDS.map((f) => `${f2(r.metrics[f].precision)} / ${f2(r.metrics[f].recall)} / ${f2(r.metrics[f].f1)}`).join(" | ")} |`;
  });
  const all = rows.at(-1)!;
  const counts = REAL_FIELDS.map((f) => `${LABELS[f].toLowerCase()} ${all.metrics[f].tp} TP, ${all.metrics[f].fp} FP, ${all.metrics[f].fn} FN`).join("; ");
  return [head, rule, ...body, "", `Overall counts: ${counts}.`].join("\n");
}

/** Languages pooled into "other", for the table's label. */
export function pooledLanguages(scores: ArticleScore[]): string[] {
  const n = new Map<string, number>();
  for (const s of scores) n.set(s.language, (n.get(s.language) ?? 0) + 1);
  return [...n].filter(([, c]) => c < MIN_LANGUAGE_ARTICLES).map(([l]) => l).sort();
}
