// Creating and revoking personal API tokens. Each write is audited in the same transaction.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { AppError } from "@/lib/errors";
import type { ApiTokenCreateInput, ApiTokenRevokeInput } from "./schemas";
import { generateApiToken, hashApiToken } from "./verify";

/** Returns the token itself: the only time it exists outside the caller's hands. */
export async function createApiToken(db: Db, actor: Actor, input: ApiTokenCreateInput): Promise<{ id: number; token: string }> {
  const token = generateApiToken();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.userId, name: input.name, tokenHash: hashApiToken(token), prefix: token.slice(0, 12) })
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
    await writeAudit(tx, actor, { action: "api-token.create", entityType: "api-token", entityId: row!.id, before: null, after: row });
    return { id: row!.id, token };
  });
}

/** Users revoke their own tokens; admins may revoke anyone's. */
export async function revokeApiToken(db: Db, actor: Actor, input: ApiTokenRevokeInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, input.tokenId));
    if (!row || (row.userId !== actor.userId && actor.role !== "admin")) throw new AppError("not_found", "No such API token.");
    if (row.revokedAt) return;
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, row.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, revokedAt: apiTokens.revokedAt });
    await writeAudit(tx, actor, {
      action: "api-token.revoke",
      entityType: "api-token",
      entityId: row.id,
      before: { name: row.name, prefix: row.prefix, revokedAt: null },
      after: { name: row.name, prefix: row.prefix, revokedAt: revoked?.revokedAt ?? null },
    });
  });
}
