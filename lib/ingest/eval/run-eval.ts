// Runs the extractor over the evaluation set and aggregates the scores.
import { createExtractor } from "@/lib/ingest/extract/extract";
import { buildSuggestions } from "@/lib/ingest/suggest";
import { loadEvalCatalog, loadEvalStatuses } from "./catalog";
import { EVAL_ARTICLES } from "./eval-set";
import {
  FIELDS,
  TARGETS,
  addCounts,
  compareSets,
  goldLabels,
  predictedLabels,
  toMetrics,
  type Counts,
  type Field,
  type Metrics,
} from "./score";
import type { EvalArticle } from "./types";

export type ArticleResult = {
  id: string;
  language: string;
  fields: Record<Field, { missed: string[]; extra: string[] }>;
};
export type EvalReport = {
  overall: Record<Field, Metrics>;
  byLanguage: Record<string, Record<Field, Metrics>>;
  /** "tuning" (articles the rules were developed on) and "holdout" (written afterwards, never tuned on). */
  bySplit: Record<string, Record<Field, Metrics>>;
  articles: ArticleResult[];
  failures: string[];
};

const zero = (): Record<Field, Counts> => ({
  countries: { tp: 0, fp: 0, fn: 0 },
  domains: { tp: 0, fp: 0, fn: 0 },
  initiatives: { tp: 0, fp: 0, fn: 0 },
  events: { tp: 0, fp: 0, fn: 0 },
  statuses: { tp: 0, fp: 0, fn: 0 },
});

const metricsOf = (c: Record<Field, Counts>) =>
  Object.fromEntries(FIELDS.map((f) => [f, toMetrics(c[f])])) as Record<Field, Metrics>;

export function runEvaluation(articles: EvalArticle[] = EVAL_ARTICLES): EvalReport {
  const extract = createExtractor(loadEvalCatalog());
  const seedStatuses = loadEvalStatuses();
  const overall = zero();
  const byLanguage = new Map<string, Record<Field, Counts>>();
  const bySplit = new Map<string, Record<Field, Counts>>();
  const results: ArticleResult[] = [];
  for (const article of articles) {
    const extraction = extract({ text: article.text, title: article.title, publishedOn: article.publishedOn });
    const statuses = new Map([...seedStatuses, ...Object.entries(article.statusesBefore ?? {})]);
    const predicted = predictedLabels(extraction, buildSuggestions(article.text, extraction, article.publishedOn, statuses));
    const gold = goldLabels(article);
    const lang = byLanguage.get(article.language) ?? zero();
    const splitName = article.split ?? "tuning";
    const split = bySplit.get(splitName) ?? zero();
    const fields = {} as ArticleResult["fields"];
    for (const field of FIELDS) {
      const { missed, extra, ...counts } = compareSets(gold[field], predicted[field]);
      overall[field] = addCounts(overall[field], counts);
      lang[field] = addCounts(lang[field], counts);
      split[field] = addCounts(split[field], counts);
      fields[field] = { missed, extra };
    }
    byLanguage.set(article.language, lang);
    bySplit.set(splitName, split);
    results.push({ id: article.id, language: article.language, fields });
  }
  const overallMetrics = metricsOf(overall);
  const failures = FIELDS.flatMap((f) =>
    TARGETS[f].filter((t) => overallMetrics[f][t.metric] < t.min).map((t) => `${f} ${t.metric} ${overallMetrics[f][t.metric].toFixed(3)} < ${t.min}`),
  );
  return {
    overall: overallMetrics,
    byLanguage: Object.fromEntries([...byLanguage].map(([l, c]) => [l, metricsOf(c)])),
    bySplit: Object.fromEntries([...bySplit].map(([s, c]) => [s, metricsOf(c)])),
    articles: results,
    failures,
  };
}
