// npm run db:seed — load the demo data (idempotent: existing rows are kept, nothing is duplicated).
import { openDatabase } from "../client";
import { parseDatabaseTarget } from "@/lib/env";
import { migrateDatabase } from "../migrate";
import { seedDemoData } from "../seed/seed";

const database = await openDatabase(parseDatabaseTarget(process.env.DATABASE_URL)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
await migrateDatabase(database);
const summary = await seedDemoData(database.db);
await database.close();
console.log(
  `Seed: ${summary.initiatives} new initiatives (${summary.sources} sources, ${summary.actors} actors known).`,
);
