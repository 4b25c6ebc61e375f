// npm run eval:extract [-- --verbose] – scores the article extractor on the labelled set; exits 1 if a target is missed.
import { formatReport } from "@/lib/ingest/eval/report";
import { runEvaluation } from "@/lib/ingest/eval/run-eval";

const report = runEvaluation();
console.log(formatReport(report, process.argv.includes("--verbose")));
process.exit(report.failures.length > 0 ? 1 : 0);
