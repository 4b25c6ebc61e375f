// Test databases: a fresh, migrated database per test file, on the engine the run asks for.
// TEST_ENGINE=postgres (with TEST_DATABASE_URL) → a new database on that server, dropped afterwards;
// otherwise an in-memory PGlite. Tests never depend on the demo seed.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openPglite, openPostgres } from "./client";
import { migrateDatabase } from "./migrate";

export type TestEngine = "pglite" | "postgres";

export function testEngine(): TestEngine {
  return process.env.TEST_ENGINE === "postgres" ? "postgres" : "pglite";
}

export async function createTestDatabase(): Promise<Database> {
  if (testEngine() === "pglite") {
    const database = await openPglite(undefined);
    await migrateDatabase(database);
    return database;
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_ENGINE=postgres needs TEST_DATABASE_URL (a database the test role can connect to).");
  const name = `tracker_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 5);
  await migrateDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
