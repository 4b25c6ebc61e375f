import { ensureFirstAdmin } from "@/lib/auth/first-admin";
import { getEnv } from "@/lib/env";
import { getDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { ensureDemoData } from "./seed/seed";

/**
 * Server start-up: migrate, then load the demo data into an empty tracker or upgrade an older version of it (unless
 * SEED_DEMO=false), then create the first administrator when there is no user yet.
 */
export async function prepareDatabase(): Promise<void> {
  const started = Date.now();
  let database;
  try {
    database = await getDatabase();
  } catch (error) {
    console.error(`[db] ${(error as Error).message}`);
    process.exit(1);
  }
  await migrateDatabase(database);
  const seeded = getEnv().SEED_DEMO ? await ensureDemoData(database.db) : null;
  await ensureFirstAdmin(database.db);
  console.log(
    `[db] ${database.kind} ready in ${Date.now() - started} ms${seeded ? ` (demo data ${seeded.version}: ${seeded.initiatives} new, ${seeded.upgraded} upgraded, ${seeded.keptForEditors.length} kept as editors left them)` : ""}`,
  );
}
