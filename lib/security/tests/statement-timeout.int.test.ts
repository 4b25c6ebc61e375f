// Expensive searches are cancelled by PostgreSQL after SEARCH_STATEMENT_TIMEOUT_MS and answered 503; PGlite ignores
// statement_timeout, so there the same call simply completes.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, setTestDatabase } from "@/db/client";
import { createTestDatabase, testEngine } from "@/db/testing";
import { AppError } from "@/lib/errors";
import { findInitiatives } from "@/lib/initiatives/queries";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { withStatementTimeout } from "../statement-timeout";

describe(`statement timeouts on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    setTestDatabase(database);
  });
  afterAll(async () => {
    setTestDatabase(undefined);
    await database.close();
  });

  it(testEngine() === "postgres" ? "cancels a slow query and answers 503 (unavailable)" : "runs the query as it is (PGlite has no statement timeout)", async () => {
    const slow = withStatementTimeout(database.db, (db) => db.execute(sql`select pg_sleep(0.5)`), 50);
    if (testEngine() === "postgres") {
      const error = await slow.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(503);
    } else {
      await expect(slow).resolves.toBeDefined();
    }
  });

  it("the initiative search still answers normally within the default timeout", async () => {
    const list = await findInitiatives(database.db, parseFiltersStrict(new URLSearchParams("q=cable")));
    expect(list.total).toBe(0);
  });
});
