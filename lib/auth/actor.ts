// Who is asking: a signed-in user (session cookie) or a script (personal API token). The role and the disabled flag
// are read from the users table on every request, so a role change or a disabled account takes effect at once.
import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import type { UserRole } from "@/lib/vocabulary/misc";
import { findUserIdByApiToken } from "@/lib/api-tokens/verify";
import { getAuth } from "./server";

export type Actor = { userId: string; email: string; name: string; role: UserRole; via: "session" | "token" };

export type Identity =
  | { kind: "anonymous"; reason?: "invalid-token" }
  | { kind: "disabled"; userId: string }
  | { kind: "user"; actor: Actor };

async function identityForUser(db: DbOrTx, userId: string, via: Actor["via"]): Promise<Identity> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, banned: users.banned })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return { kind: "anonymous" };
  if (user.banned) return { kind: "disabled", userId: user.id };
  return { kind: "user", actor: { userId: user.id, email: user.email, name: user.name, role: user.role, via } };
}

export async function identifyBySession(db: DbOrTx, headers: Headers): Promise<Identity> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return { kind: "anonymous" };
  return identityForUser(db, session.user.id, "session");
}

export async function identifyByToken(db: DbOrTx, token: string): Promise<Identity> {
  const userId = await findUserIdByApiToken(db, token);
  if (!userId) return { kind: "anonymous", reason: "invalid-token" };
  return identityForUser(db, userId, "token");
}

/** `Authorization: Bearer <token>` → the token; anything else → null. */
export function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}
