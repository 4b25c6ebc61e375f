// Statement timeouts for expensive searches. On PostgreSQL the search runs in a read transaction with
// `set local statement_timeout`, so a pathological query is cancelled by the server instead of holding a connection
// (and the pool) for minutes; the cancellation is answered as 503 with a clear message. PGlite ignores
// statement_timeout (it runs single-user, without the timer signals the setting relies on), so there the search
// runs as it is: the embedded engine serves one process, and the pagination caps and input limits bound the work.
import { sql } from "drizzle-orm";
import pg from "pg";
import type { Db, DbOrTx } from "@/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

const QUERY_CANCELED = "57014";

function isStatementTimeout(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === QUERY_CANCELED) return true;
  }
  return false;
}

export async function withStatementTimeout<T>(db: DbOrTx, run: (db: DbOrTx) => Promise<T>, ms = getEnv().SEARCH_STATEMENT_TIMEOUT_MS): Promise<T> {
  // Only a PostgreSQL pool handle: a caller's open transaction (no $client) or PGlite is used as it is.
  if (ms <= 0 || !((db as { $client?: unknown }).$client instanceof pg.Pool)) return run(db);
  try {
    return await (db as Db).transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${Math.floor(ms)}`));
      return run(tx);
    });
  } catch (error) {
    if (isStatementTimeout(error)) {
      throw new AppError("unavailable", "This search took too long and was stopped. Narrow it down (fewer words, more filters) and try again.");
    }
    throw error;
  }
}
