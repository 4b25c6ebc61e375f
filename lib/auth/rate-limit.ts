// Sign-in rate limits, per account and per client IP, counted in the database so every app process shares them.
// Only failed attempts count: a user who signs in correctly is never slowed down by their own successes.
import { eq, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { signInFailures } from "@/db/schema";

export const SIGN_IN_LIMITS = {
  account: { maxFailures: 5, windowSeconds: 15 * 60 },
  ip: { maxFailures: 20, windowSeconds: 15 * 60 },
} as const;

type Scope = keyof typeof SIGN_IN_LIMITS;

export type SignInVerdict = { allowed: true } | { allowed: false; scope: Scope; retryAfterSeconds: number; message: string };

const keyFor = (scope: Scope, value: string) => `${scope}:${value.trim().toLowerCase()}`;

function minutes(seconds: number): string {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return m === 1 ? "1 minute" : `${m} minutes`;
}

export async function checkSignIn(db: DbOrTx, email: string, ip: string, now = new Date()): Promise<SignInVerdict> {
  for (const [scope, value] of [["account", email], ["ip", ip]] as const) {
    const limit = SIGN_IN_LIMITS[scope];
    const [row] = await db.select().from(signInFailures).where(eq(signInFailures.key, keyFor(scope, value)));
    if (!row) continue;
    const windowEnds = row.windowStartedAt.getTime() + limit.windowSeconds * 1000;
    if (row.count >= limit.maxFailures && windowEnds > now.getTime()) {
      const retryAfterSeconds = Math.ceil((windowEnds - now.getTime()) / 1000);
      const who = scope === "account" ? "for this account" : "from your network";
      return {
        allowed: false,
        scope,
        retryAfterSeconds,
        message: `Too many failed sign-in attempts ${who}. Please wait ${minutes(retryAfterSeconds)} and try again.`,
      };
    }
  }
  return { allowed: true };
}

/** Counts one failure against the account and the IP; a window that has ended starts over at 1. */
export async function recordSignInFailure(db: DbOrTx, email: string, ip: string): Promise<void> {
  for (const [scope, value] of [["account", email], ["ip", ip]] as const) {
    const window = `${SIGN_IN_LIMITS[scope].windowSeconds} seconds`;
    await queryRows(
      db,
      sql`insert into sign_in_failures (key, count, window_started_at) values (${keyFor(scope, value)}, 1, now())
          on conflict (key) do update set
            count = case when sign_in_failures.window_started_at < now() - ${window}::interval then 1 else sign_in_failures.count + 1 end,
            window_started_at = case when sign_in_failures.window_started_at < now() - ${window}::interval then now() else sign_in_failures.window_started_at end
          returning count`,
    );
  }
}

/** A successful sign-in clears the account's failures (the IP's stay: one good password must not unlock guessing). */
export async function clearAccountFailures(db: DbOrTx, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.key, keyFor("account", email)));
}
