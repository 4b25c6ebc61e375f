// Scores extractions against the gold labels: micro-averaged precision/recall/F1 per field, overall and per language.
import { DOMAIN_TOPIC_THRESHOLD } from "@/lib/ingest/extract/domains";
import { LINK_SUGGESTION_THRESHOLD } from "@/lib/ingest/extract/entities";
import type { Extraction } from "@/lib/ingest/extract/types";
import type { SuggestionDraft } from "@/lib/ingest/suggest";
import type { EvalArticle } from "./types";

/** `statuses`: the status-change suggestions (initiative, new status, effective date). */
export const FIELDS = ["countries", "domains", "initiatives", "events", "statuses"] as const;
export type Field = (typeof FIELDS)[number];

export type Counts = { tp: number; fp: number; fn: number };
export type Metrics = Counts & { precision: number; recall: number; f1: number };

export type Target = { metric: "precision" | "recall" | "f1"; min: number };

/** The quality bar: the run fails when a field misses one of its targets on the whole set. */
export const TARGETS: Record<Field, Target[]> = {
  countries: [{ metric: "f1", min: 0.98 }],
  domains: [{ metric: "f1", min: 0.95 }],
  initiatives: [{ metric: "f1", min: 0.85 }],
  events: [{ metric: "recall", min: 0.8 }],
  // A wrong status proposal costs an editor more than a missed one (issue 15: precision ≥ 0.90, recall ≥ 0.80).
  statuses: [
    { metric: "precision", min: 0.9 },
    { metric: "recall", min: 0.8 },
  ],
};

export function predictedLabels(x: Extraction, drafts: SuggestionDraft[]): Record<Field, Set<string>> {
  return {
    countries: new Set(x.countries.map((c) => c.code)),
    domains: new Set(x.domains.filter((d) => d.confidence >= DOMAIN_TOPIC_THRESHOLD).map((d) => d.slug)),
    initiatives: new Set(
      x.initiatives.flatMap((i) => (i.slug && i.confidence >= LINK_SUGGESTION_THRESHOLD ? [i.slug] : [])),
    ),
    events: new Set(x.events.map((e) => `${e.date}|${e.precision}`)),
    statuses: new Set(
      drafts.flatMap((d) => {
        const p = d.payload as { initiativeSlug?: string; toStatus?: string; effectiveOn?: string };
        return d.kind === "status-change" ? [`${p.initiativeSlug}|${p.toStatus}|${p.effectiveOn}`] : [];
      }),
    ),
  };
}

export function goldLabels(a: EvalArticle): Record<Field, Set<string>> {
  return {
    countries: new Set(a.gold.countries),
    domains: new Set(a.gold.domains),
    initiatives: new Set(a.gold.initiatives),
    events: new Set(a.gold.events.map((e) => `${e.date}|${e.precision}`)),
    statuses: new Set((a.gold.transitions ?? []).map((t) => `${t.initiative}|${t.to}|${t.date}`)),
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
