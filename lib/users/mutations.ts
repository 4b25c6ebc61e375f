// Account administration: create users, change roles, disable and re-enable accounts. Written by us rather than
// through better-auth's admin endpoints so that each change and its audit entry share one transaction.
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { accounts, sessions, users } from "@/db/schema";
import type { AuditActor } from "@/lib/audit/write";
import { writeAudit } from "@/lib/audit/write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { UserCreateInput, UserDisableInput, UserRoleInput } from "./schemas";

export function generatePassword(): string {
  return randomBytes(18).toString("base64url"); // 24 characters, 144 bits
}

type PublicUser = { id: string; email: string; name: string; role: Actor["role"]; banned: boolean };
const publicColumns = { id: users.id, email: users.email, name: users.name, role: users.role, banned: users.banned };

/** `actor` null: the system (the first-run admin). Returns the generated password when none was given. */
export async function createUserAccount(
  db: Db,
  actor: AuditActor,
  input: UserCreateInput,
): Promise<{ user: PublicUser; generatedPassword: string | null }> {
  const password = input.password ?? generatePassword();
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw new AppError("unprocessable", "Please correct: email.", { fieldErrors: { email: ["An account with this email already exists."] } });
    const id = randomUUID();
    const [user] = await tx
      .insert(users)
      .values({ id, email: input.email, name: input.name, role: input.role, emailVerified: true })
      .returning(publicColumns);
    await tx.insert(accounts).values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash });
    await writeAudit(tx, actor, { action: "user.create", entityType: "user", entityId: id, before: null, after: user });
    return { user: user!, generatedPassword: input.password ? null : password };
  });
}

async function loadOther(db: DbOrTx, actor: Actor, userId: string, what: string): Promise<PublicUser> {
  if (userId === actor.userId) throw new AppError("unprocessable", `You cannot ${what} your own account: ask another administrator.`);
  const [user] = await db.select(publicColumns).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("not_found", "There is no such user.");
  return user;
}

export async function changeUserRole(db: Db, actor: Actor, input: UserRoleInput): Promise<PublicUser> {
  return db.transaction(async (tx) => {
    const before = await loadOther(tx, actor, input.userId, "change the role of");
    const [after] = await tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, input.userId)).returning(publicColumns);
    await writeAudit(tx, actor, { action: "user.role", entityType: "user", entityId: input.userId, before, after });
    return after!;
  });
}

/** Disabling also ends the user's sessions; their API tokens stop working while the account is disabled. */
export async function setUserDisabled(db: Db, actor: Actor, input: UserDisableInput): Promise<PublicUser> {
  return db.transaction(async (tx) => {
    const before = await loadOther(tx, actor, input.userId, input.disabled ? "disable" : "re-enable");
    const [after] = await tx
      .update(users)
      .set({ banned: input.disabled, banReason: input.disabled ? (input.reason ?? null) : null, updatedAt: new Date() })
      .where(eq(users.id, input.userId))
      .returning(publicColumns);
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    await writeAudit(tx, actor, {
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: input.userId,
      before,
      after: { ...after, reason: input.reason ?? null },
    });
    return after!;
  });
}
