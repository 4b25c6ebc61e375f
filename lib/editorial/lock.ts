// Optimistic locking on initiatives. Every write names the version it started from; the version check and the
// increment are one statement (`update … where id = ? and version = ? returning`), so of N concurrent writers at
// the same version exactly one gets a row back. Zero rows means someone else wrote first: a conflict, and the
// caller's transaction rolls back whatever it had already written.
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { changelogEntries, initiatives, type Initiative, type NewInitiative } from "@/db/schema";
import { AppError } from "@/lib/errors";

export type ChangeSince = { version: number; summary: string; role: string | null; at: string };

export async function changesSince(db: DbOrTx, initiativeId: number, version: number): Promise<ChangeSince[]> {
  const rows = await db
    .select({ version: changelogEntries.version, summary: changelogEntries.summary, role: changelogEntries.role, at: changelogEntries.createdAt })
    .from(changelogEntries)
    .where(and(eq(changelogEntries.initiativeId, initiativeId), gt(changelogEntries.version, version)))
    .orderBy(asc(changelogEntries.version));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

export type ConflictDetails = { yourVersion: number; currentVersion: number; changes: ChangeSince[] };

export async function conflictError(db: DbOrTx, initiativeId: number, yourVersion: number): Promise<AppError> {
  const [row] = await db.select({ version: initiatives.version }).from(initiatives).where(eq(initiatives.id, initiativeId));
  const currentVersion = row?.version ?? yourVersion;
  const details: ConflictDetails = { yourVersion, currentVersion, changes: await changesSince(db, initiativeId, yourVersion) };
  return new AppError(
    "conflict",
    `Someone else changed this initiative after you opened it (you started from version ${yourVersion}; it is now version ${currentVersion}). Nothing was saved: review their changes and re-apply yours.`,
    details,
  );
}

/** Applies `set` and increments the version, or throws a conflict. Must run inside the caller's transaction. */
export async function updateInitiativeAtVersion(
  tx: DbOrTx,
  initiativeId: number,
  version: number,
  set: Partial<NewInitiative> = {},
): Promise<Initiative> {
  const [row] = await tx
    .update(initiatives)
    .set({ ...set, version: sql`${initiatives.version} + 1`, updatedAt: new Date() })
    .where(and(eq(initiatives.id, initiativeId), eq(initiatives.version, version)))
    .returning();
  if (!row) throw await conflictError(tx, initiativeId, version);
  return row;
}
