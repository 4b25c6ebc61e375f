// npm run db:seed:scale -- --initiatives N [--seed S] [--batch B] — add N synthetic initiatives to the database named
// by DATABASE_URL (PGlite directory or postgres:// URL), for benchmarks. Adds to what is there; never deletes.
import { parseArgs } from "node:util";
import { parseDatabaseTarget } from "@/lib/env";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { seedScaleData } from "../seed/scale";

const { values } = parseArgs({
  options: { initiatives: { type: "string", default: "1000" }, seed: { type: "string" }, batch: { type: "string" } },
});
const initiatives = Number(values.initiatives);
if (!Number.isInteger(initiatives) || initiatives < 1) {
  console.error("--initiatives must be a positive whole number.");
  process.exit(1);
}

const target = parseDatabaseTarget(process.env.DATABASE_URL);
const database = await openDatabase(target).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`Scale seed: ${initiatives} initiatives into ${target.kind === "pglite" ? `PGlite at ${target.dataDir}` : "PostgreSQL"}`);
await migrateDatabase(database);
const report = await seedScaleData(database, {
  initiatives,
  seed: values.seed === undefined ? undefined : Number(values.seed),
  batchSize: values.batch === undefined ? undefined : Number(values.batch),
  log: (line) => console.log(line),
});
await database.close();
const { rows, seconds } = report;
console.log(
  `Done in ${seconds.total.toFixed(1)} s (generate ${seconds.generate.toFixed(1)} s, insert ${seconds.insert.toFixed(1)} s, ` +
    `search index ${seconds.search.toFixed(1)} s, vacuum analyze ${seconds.analyze.toFixed(1)} s).`,
);
console.log(
  Object.entries(rows)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ") + `; source text ${(report.sourceBytes / 1e6).toFixed(1)} MB.`,
);
