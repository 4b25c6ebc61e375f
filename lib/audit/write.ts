// Every mutation writes one audit entry, inside the mutation's own transaction: no change without its record.
// Changes to an initiative also get a public changelog entry (role, not name; the citations as they stood).
import type { DbOrTx } from "@/db/client";
import { auditLog, changelogEntries, type ChangelogCitation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
};

export type AuditActor = Pick<Actor, "userId" | "role"> | null;

export async function writeAudit(tx: DbOrTx, actor: AuditActor, entry: AuditInput): Promise<number> {
  const [row] = await tx
    .insert(auditLog)
    .values({
      userId: actor?.userId ?? null,
      userRole: actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .returning({ id: auditLog.id });
  return row!.id;
}

export type ChangelogInput = AuditInput & {
  initiativeId: number;
  /** The initiative's version after the change. */
  version: number;
  summary: string;
  citations: ChangelogCitation[];
};

export async function writeAuditWithChangelog(tx: DbOrTx, actor: AuditActor, entry: ChangelogInput): Promise<number> {
  const auditId = await writeAudit(tx, actor, entry);
  await tx.insert(changelogEntries).values({
    auditId,
    initiativeId: entry.initiativeId,
    version: entry.version,
    role: actor?.role ?? null,
    summary: entry.summary,
    citations: entry.citations,
  });
  return auditId;
}
