import "server-only";
import { and, count, desc, eq, gte, ilike, lt, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditLog, changelogEntries, type ChangelogCitation, users } from "@/db/schema";
import type { UserRole } from "@/lib/vocabulary/misc";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./filters";

export type AuditRow = {
  id: number;
  createdAt: Date;
  userEmail: string | null;
  userRole: UserRole | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(f: AuditFilters): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.entityType) parts.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) parts.push(eq(auditLog.entityId, f.entityId));
  if (f.action) parts.push(eq(auditLog.action, f.action));
  if (f.user) parts.push(or(ilike(users.email, `%${escapeLike(f.user)}%`), ilike(users.name, `%${escapeLike(f.user)}%`)));
  if (f.from) parts.push(gte(auditLog.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) parts.push(lt(auditLog.createdAt, sql`${`${f.to}T00:00:00Z`}::timestamptz + interval '1 day'`));
  return parts.length ? and(...parts) : undefined;
}

export async function findAuditEntries(db: DbOrTx, filters: AuditFilters): Promise<{ rows: AuditRow[]; total: number }> {
  const where = conditions(filters);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        createdAt: auditLog.createdAt,
        userEmail: users.email,
        userRole: auditLog.userRole,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filters.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId)).where(where),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

/** The values the filter menus offer. */
export async function getAuditFilterOptions(db: DbOrTx): Promise<{ entityTypes: string[]; actions: string[] }> {
  const [types, actions] = await Promise.all([
    db.selectDistinct({ v: auditLog.entityType }).from(auditLog).orderBy(auditLog.entityType),
    db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action),
  ]);
  return { entityTypes: types.map((t) => t.v), actions: actions.map((a) => a.v) };
}

/** One public changelog entry: never who, only which role. */
export type PublicChangelogEntry = {
  id: number;
  at: Date;
  version: number;
  role: UserRole | null;
  summary: string;
  citations: ChangelogCitation[];
};

/** An initiative's public changelog, newest first. */
export async function getInitiativeChangelog(db: DbOrTx, initiativeId: number): Promise<PublicChangelogEntry[]> {
  return db
    .select({
      id: changelogEntries.id,
      at: changelogEntries.createdAt,
      version: changelogEntries.version,
      role: changelogEntries.role,
      summary: changelogEntries.summary,
      citations: changelogEntries.citations,
    })
    .from(changelogEntries)
    .where(eq(changelogEntries.initiativeId, initiativeId))
    .orderBy(desc(changelogEntries.version), desc(changelogEntries.id));
}
