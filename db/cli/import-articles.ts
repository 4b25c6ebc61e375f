// npm run import -- FILE [--source-type TYPE]
// Imports a JSONL or CSV file of articles (title, publisher, url, published_on, text; optionally language and
// source_type) into the database named by DATABASE_URL, with their suggestions queued for review. Each article is
// its own transaction; articles already stored are reported as duplicates, so re-running a file is safe.
// Exit code: 0 when every row was imported or a duplicate, 1 when some rows failed, 2 for a usage error.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { getEnv, parseDatabaseTarget } from "@/lib/env";
import { importFormatOf, parseImportFile, type ParsedImport } from "@/lib/ingest/import/parse";
import { createImportJob, runImportJob } from "@/lib/ingest/import/run";
import { SOURCE_TYPES, type SourceType } from "@/lib/vocabulary/misc";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

const usage = `Usage: npm run import -- FILE [--source-type ${SOURCE_TYPES.join("|")}]`;
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { "source-type": { type: "string", default: "other" } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [file, ...extra] = args.positionals;
const sourceType = args.values["source-type"] as SourceType;
if (!file || extra.length || !SOURCE_TYPES.includes(sourceType)) {
  console.error(usage);
  process.exit(2);
}
const format = importFormatOf(file);
if (!format) {
  console.error(`${file}: not a .jsonl, .ndjson or .csv file.\n${usage}`);
  process.exit(2);
}

let parsed: ParsedImport;
try {
  const content = fs.readFileSync(file, "utf8");
  if (content.includes("\u0000")) throw new AppError("unsupported_media_type", "The file contains binary data (NUL characters), not text.");
  parsed = parseImportFile(content, format, sourceType);
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`);
  process.exit(error instanceof AppError ? 1 : 2);
}

const database = await openDatabase(parseDatabaseTarget(getEnv().DATABASE_URL)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const counts = { imported: 0, duplicate: 0, failed: 0 };
try {
  await migrateDatabase(database);
  const job = await createImportJob(database.db, null, path.basename(file), parsed);
  console.log(`Import job ${job.id}: ${parsed.rows.length} rows from ${file}`);
  await runImportJob(database.db, null, job, parsed.rows, (row) => {
    counts[row.outcome]++;
    const done = counts.imported + counts.duplicate + counts.failed;
    if (row.outcome === "failed") console.log(`  row ${row.rowNumber}: failed — ${row.reason}`);
    else if (row.outcome === "duplicate") console.log(`  row ${row.rowNumber}: duplicate — ${row.reason}`);
    if (done % 50 === 0 || done === parsed.rows.length) console.log(`  ${done}/${parsed.rows.length} processed`);
  });
  console.log(`Imported ${counts.imported}, duplicates ${counts.duplicate}, failed ${counts.failed}. Review them at /review.`);
  const done = counts.imported + counts.duplicate + counts.failed;
  if (done < parsed.rows.length) console.error(`The import stopped after ${done} of ${parsed.rows.length} rows (see the error above); run it again to import the rest.`);
  if (counts.failed > 0 || done < parsed.rows.length) process.exitCode = 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
