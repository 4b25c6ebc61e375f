// npm run db:migrate — apply migrations (and reference vocabularies) to the database named by DATABASE_URL.
import { openDatabase } from "../client";
import { parseDatabaseTarget } from "@/lib/env";
import { migrateDatabase } from "../migrate";

const target = parseDatabaseTarget(process.env.DATABASE_URL);
const database = await openDatabase(target).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
await migrateDatabase(database);
await database.close();
console.log(`Migrated ${target.kind === "pglite" ? `PGlite at ${target.dataDir}` : "PostgreSQL"}.`);
