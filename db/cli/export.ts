// npm run db:export -- FILE [--generated-at=ISO | --no-generated-at]
// Writes the whole public dataset (no accounts, sessions, tokens or audit data) to FILE ("-" for stdout).
// generatedAt is the current time unless fixed or left out, so two exports of the same data can be compared.
import fs from "node:fs";
import { exportDataset, serializeDataset } from "@/lib/dataset/export";
import { getEnv, parseDatabaseTarget } from "@/lib/env";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const fixed = args.find((a) => a.startsWith("--generated-at="))?.slice("--generated-at=".length);
if (!file || args.some((a) => a.startsWith("--") && !a.startsWith("--generated-at=") && a !== "--no-generated-at")) {
  console.error("Usage: npm run db:export -- FILE [--generated-at=2025-01-01T00:00:00Z | --no-generated-at]");
  process.exit(2);
}
if (fixed !== undefined && Number.isNaN(Date.parse(fixed))) {
  console.error(`--generated-at needs an ISO 8601 time, got "${fixed}".`);
  process.exit(2);
}

const database = await openDatabase(parseDatabaseTarget(getEnv().DATABASE_URL)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
try {
  await migrateDatabase(database);
  const generatedAt = args.includes("--no-generated-at") ? null : fixed ? new Date(fixed).toISOString() : new Date().toISOString();
  const dataset = await exportDataset(database.db, { generatedAt });
  const text = serializeDataset(dataset);
  if (file === "-") process.stdout.write(text);
  else fs.writeFileSync(file, text);
  const counts = Object.entries(dataset.tables).map(([name, rows]) => `${rows.length} ${name}`).join(", ");
  if (file !== "-") console.log(`Exported to ${file}: ${counts}.`);
} finally {
  await database.close();
}
