// Plain-text table of an evaluation report, for the CLI.
import { FIELDS, TARGETS, type Field, type Metrics } from "./score";
import type { EvalReport } from "./run-eval";

const pct = (n: number) => n.toFixed(3);

function rows(scope: string, metrics: Record<Field, Metrics>): string[] {
  return FIELDS.map((f) => {
    const m = metrics[f];
    const cells = [
      scope.padEnd(8),
      f.padEnd(12),
      pct(m.precision),
      pct(m.recall),
      pct(m.f1),
      String(m.tp).padStart(4),
      String(m.fp).padStart(4),
      String(m.fn).padStart(4),
    ];
    return cells.join("  ");
  });
}

export function formatReport(report: EvalReport, verbose: boolean): string {
  const header = ["scope".padEnd(8), "field".padEnd(12), "P    ", "R    ", "F1   ", "  TP", "  FP", "  FN"].join("  ");
  const lines = [header, "-".repeat(header.length), ...rows("all", report.overall)];
  for (const [lang, metrics] of Object.entries(report.byLanguage).sort()) lines.push(...rows(lang, metrics));
  for (const [split, metrics] of Object.entries(report.bySplit).sort()) lines.push(...rows(split, metrics));
  lines.push("", "targets: " + FIELDS.flatMap((f) => TARGETS[f].map((t) => `${f} ${t.metric} ≥ ${t.min}`)).join(", "));
  if (verbose) {
    lines.push("", "per-article differences (missed = gold not found, extra = predicted not in gold):");
    for (const a of report.articles) {
      for (const f of FIELDS) {
        const { missed, extra } = a.fields[f];
        if (missed.length || extra.length)
          lines.push(`  ${a.id} ${f}: missed [${missed.join(", ")}] extra [${extra.join(", ")}]`);
      }
    }
  }
  lines.push("", report.failures.length ? `FAILED: ${report.failures.join("; ")}` : "All targets met.");
  return lines.join("\n");
}
