import { ensureFirstAdmin } from "@/lib/auth/first-admin";
import { getEnv } from "@/lib/env";
import { getDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDemoDataIfEmpty } from "./seed/seed";

/**
 * Server start-up: migrate, then load the demo data once into an empty tracker (unless SEED_DEMO=false), then create
 * the first administrator when there is no user yet.
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
  const seeded = getEnv().SEED_DEMO ? await seedDemoDataIfEmpty(database.db) : false;
  await ensureFirstAdmin(database.db);
  console.log(
    `[db] ${database.kind} ready in ${Date.now() - started} ms${seeded ? " (demo data loaded)" : ""}`,
  );
}
