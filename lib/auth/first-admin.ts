// First run: with no user at all, create an administrator from ADMIN_EMAIL / ADMIN_PASSWORD, or — when the password
// is unset — with a generated one printed once in the server log. Several processes starting together on one
// PostgreSQL may race here; the unique email makes all but one fail harmlessly.
import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { createUserAccount } from "@/lib/users/mutations";

export const DEFAULT_ADMIN_EMAIL = "admin@tracker.local";

export async function ensureFirstAdmin(db: Db, log: (line: string) => void = console.log): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  const env = getEnv();
  const email = env.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
  try {
    const { generatedPassword } = await createUserAccount(db, null, {
      email,
      name: "Administrator",
      role: "admin",
      password: env.ADMIN_PASSWORD,
    });
    if (generatedPassword) {
      log(
        `[auth] First run: created the administrator ${email} with the password ${generatedPassword}\n` +
          `[auth] This password is shown only once. Sign in at ${env.APP_URL}/sign-in and keep it safe ` +
          `(or set ADMIN_EMAIL and ADMIN_PASSWORD before the first start).`,
      );
    } else {
      log(`[auth] First run: created the administrator ${email} with the password from ADMIN_PASSWORD.`);
    }
    return true;
  } catch (error) {
    const [again] = await db.select({ n: count() }).from(users);
    if ((again?.n ?? 0) > 0) return false; // another process won the race
    throw error;
  }
}
