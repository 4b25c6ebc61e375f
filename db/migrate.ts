// Applies the drizzle-kit migrations folder at run time, on either engine, then the reference vocabularies.
import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { Database } from "./client";
import { upsertReferenceData } from "./reference-data";
import { refreshSourceIdentities } from "./source-identities";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// Any fixed number: several app processes starting against one PostgreSQL serialise their migrations on it.
const MIGRATION_LOCK_KEY = 727_001;

export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.kind === "pglite") {
    await migratePglite(database.db as unknown as PgliteDatabase, config);
  } else {
    // A session-level advisory lock belongs to one connection, so lock, migrate and unlock on the same one.
    const connection = await database.pool.connect();
    try {
      const db = drizzlePg({ client: connection });
      await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
      try {
        await migratePg(db, config);
      } finally {
        await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
      }
    } finally {
      connection.release();
    }
  }
  await upsertReferenceData(database.db);
  await refreshSourceIdentities(database.db);
}
