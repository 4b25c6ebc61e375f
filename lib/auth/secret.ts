// The secret better-auth signs cookies with: AUTH_SECRET, or one generated on first start and kept in app_meta,
// so a self-hosted tracker needs no configuration and sessions survive restarts.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appMeta } from "@/db/schema";
import { getEnv } from "@/lib/env";

const KEY = "auth_secret";

export async function getAuthSecret(db: DbOrTx): Promise<string> {
  const configured = getEnv().AUTH_SECRET;
  if (configured) return configured;
  await db
    .insert(appMeta)
    .values({ key: KEY, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, KEY));
  if (!row) throw new Error("Could not store the generated auth secret.");
  return row.value;
}
