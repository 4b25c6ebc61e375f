// The data's version: one row whose generation goes up once per committed transaction that changed public data
// (triggers in db/migrations/*_data_version.sql). Every app process compares it with the generation its cached
// reads were computed at (lib/cache/read-cache.ts), so an edit through one process is seen by all of them at once.
import { sql } from "drizzle-orm";
import { bigint, boolean, check, pgTable, serial, timestamp } from "drizzle-orm/pg-core";

export const dataVersion = pgTable(
  "data_version",
  {
    /** Always true: the table holds exactly one row. */
    id: boolean().primaryKey().default(true),
    generation: bigint({ mode: "number" }).notNull().default(1),
    /** When the last transaction that changed public data committed (Last-Modified of public reads). */
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("data_version_single_row", sql`${t.id}`)],
);

/**
 * One row per writing transaction, inserted by the first public-data statement and deleted by the deferred trigger
 * that bumps data_version at commit: taking the data_version row lock last, at commit, lets concurrent writers
 * queue on it without ever holding it while they wait for another lock (no deadlocks).
 */
export const dataVersionPending = pgTable("data_version_pending", {
  id: serial().primaryKey(),
});
