import "server-only";
import { asc } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";

export async function findUsers(db: DbOrTx) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, banned: users.banned, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email));
}
