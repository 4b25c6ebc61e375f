// npm run db:seed — load the demo data, or upgrade an older version of it (idempotent; editors' changes are kept).
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
  `Seed ${summary.version}: ${summary.initiatives} new initiatives, ${summary.upgraded} upgraded, ` +
    `${summary.keptForEditors.length} kept as editors left them (${summary.sources} sources, ${summary.actors} actors known).`,
);
