// npm run eval:extract [-- --verbose] – scores the article extractor on the labelled set; exits 1 if a target is missed.
// Also prints extraction speed on a 20 kB article (a measurement, not a test: speed is never asserted by timing).
import { createExtractor } from "@/lib/ingest/extract/extract";
import { loadEvalCatalog } from "@/lib/ingest/eval/catalog";
import { EVAL_ARTICLES } from "@/lib/ingest/eval/eval-set";
import { formatReport } from "@/lib/ingest/eval/report";
import { runEvaluation } from "@/lib/ingest/eval/run-eval";

const report = runEvaluation();
console.log(formatReport(report, process.argv.includes("--verbose")));

const extract = createExtractor(loadEvalCatalog());
const corpus = EVAL_ARTICLES.map((a) => a.text).join("\n\n");
const text = corpus.repeat(Math.ceil(20_000 / corpus.length)).slice(0, 20_000);
const times: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  extract({ text, publishedOn: "2025-06-01" });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`\nSpeed, 20 kB article × 20 runs: best ${times[0]!.toFixed(1)} ms, median ${times[10]!.toFixed(1)} ms`);
process.exit(report.failures.length > 0 ? 1 : 0);
