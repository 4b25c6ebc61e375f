// Scores extractions against the gold labels: micro-averaged precision/recall/F1 per field, overall and per language.
import { DOMAIN_TOPIC_THRESHOLD } from "@/lib/ingest/extract/domains";
import type { Extraction } from "@/lib/ingest/extract/types";
import type { EvalArticle } from "./types";

export const FIELDS = ["countries", "domains", "initiatives", "events"] as const;
export type Field = (typeof FIELDS)[number];

export type Counts = { tp: number; fp: number; fn: number };
export type Metrics = Counts & { precision: number; recall: number; f1: number };

/** The quality bar: the run fails when a field misses its target on the whole set. */
export const TARGETS: Record<Field, { metric: "f1" | "recall"; min: number }> = {
  countries: { metric: "f1", min: 0.98 },
  domains: { metric: "f1", min: 0.95 },
  initiatives: { metric: "f1", min: 0.85 },
  events: { metric: "recall", min: 0.8 },
};

export function predictedLabels(x: Extraction): Record<Field, Set<string>> {
  return {
    countries: new Set(x.countries.map((c) => c.code)),
    domains: new Set(x.domains.filter((d) => d.confidence >= DOMAIN_TOPIC_THRESHOLD).map((d) => d.slug)),
    initiatives: new Set(x.initiatives.flatMap((i) => (i.slug ? [i.slug] : []))),
    events: new Set(x.events.map((e) => `${e.date}|${e.precision}`)),
  };
}

export function goldLabels(a: EvalArticle): Record<Field, Set<string>> {
  return {
    countries: new Set(a.gold.countries),
    domains: new Set(a.gold.domains),
    initiatives: new Set(a.gold.initiatives),
    events: new Set(a.gold.events.map((e) => `${e.date}|${e.precision}`)),
  };
}

export function compareSets(gold: Set<string>, predicted: Set<string>): Counts & { missed: string[]; extra: string[] } {
  const missed = [...gold].filter((g) => !predicted.has(g));
  const extra = [...predicted].filter((p) => !gold.has(p));
  return { tp: gold.size - missed.length, fp: extra.length, fn: missed.length, missed, extra };
}

export function toMetrics({ tp, fp, fn }: Counts): Metrics {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
