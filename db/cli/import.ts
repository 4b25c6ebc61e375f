// npm run db:import -- FILE
// Loads a dataset written by db:export (or downloaded from /api/v1/dataset.json) into the empty database named by
// DATABASE_URL, migrating it first. Refuses a database that already holds initiatives, sources or actors.
import fs from "node:fs";
import { importDataset, parseDataset } from "@/lib/dataset/import";
import { getEnv, parseDatabaseTarget } from "@/lib/env";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run db:import -- FILE");
  process.exit(2);
}

let dataset;
try {
  dataset = parseDataset(fs.readFileSync(file === "-" ? 0 : file, "utf8"));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const database = await openDatabase(parseDatabaseTarget(getEnv().DATABASE_URL)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
try {
  await migrateDatabase(database);
  const counts = await importDataset(database.db, dataset);
  console.log(`Imported ${file}: ${Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(", ")}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
