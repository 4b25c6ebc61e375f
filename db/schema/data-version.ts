// The data's version: one row whose generation goes up once per committed transaction that changed public data
// (triggers in db/migrations/*_data_version.sql). Every app process compares it with the generation its cached
// reads were computed at (lib/cache/read-cache.ts), so an edit through one process is seen by all of them at once.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

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

/**
 * What each generation changed (migration 0013): one row per initiative whose public data changed, with its facet
 * signature (status, scope, announced date, domains, countries, actors, source types) before and after the
 * transaction, or one row for a change not tied to one initiative (`scope` sources, actors, other, all). The page
 * cache (lib/page-cache) invalidates only the pages a change can reach. Rows older than 100,000 generations are pruned.
 */
export const dataChanges = pgTable(
  "data_changes",
  {
    generation: bigint({ mode: "number" }).notNull(),
    /** initiative | sources | actors | other | all */
    scope: text().notNull(),
    /** 0 when the scope is not "initiative". */
    initiativeId: integer().notNull().default(0),
    /** Null: the initiative did not exist before (or after) the transaction. */
    oldSignature: jsonb(),
    newSignature: jsonb(),
  },
  (t) => [index("data_changes_generation_idx").on(t.generation)],
);

/** The changes of transactions not yet committed, keyed by transaction id; moved into data_changes at commit. */
export const dataChangePending = pgTable(
  "data_change_pending",
  {
    xact: bigint({ mode: "number" }).notNull(),
    scope: text().notNull(),
    initiativeId: integer().notNull().default(0),
    oldSignature: jsonb(),
  },
  (t) => [primaryKey({ columns: [t.xact, t.scope, t.initiativeId] })],
);
