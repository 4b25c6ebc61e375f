// Adding, editing and removing milestones. A milestone belongs to an initiative's record, so each write checks and
// increments the initiative's version, and writes the milestone, its citations, the audit entry and the changelog
// entry in one transaction.
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { citations, type Milestone, milestones } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditWithChangelog } from "@/lib/audit/write";
import { type FieldErrorMap, resolveCitations } from "@/lib/citations/resolve";
import { insertCitations } from "@/lib/citations/write";
import { formatPartialDate, toPartialDateString } from "@/lib/dates/partial-date";
import { throwIfFieldErrors } from "@/lib/editorial/field-errors";
import { toPartialDate } from "@/lib/editorial/fields";
import { getInitiativeSnapshot, type InitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import { conflictError, updateInitiativeAtVersion } from "@/lib/editorial/lock";
import { AppError } from "@/lib/errors";
import type { MilestoneCreateInput, MilestoneDeleteInput, MilestoneUpdateInput } from "./schemas";

export type MilestoneResult = { milestone: Milestone; version: number };

async function lockedInitiative(tx: DbOrTx, slug: string, version: number): Promise<InitiativeSnapshot> {
  const initiative = await getInitiativeSnapshot(tx, { slug });
  if (!initiative) throw new AppError("not_found", `There is no initiative "${slug}".`);
  if (initiative.version !== version) throw await conflictError(tx, initiative.id, version);
  return initiative;
}

async function findMilestone(tx: DbOrTx, initiativeId: number, milestoneId: number): Promise<Milestone> {
  const [row] = await tx
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, milestoneId), eq(milestones.initiativeId, initiativeId)));
  if (!row) throw new AppError("not_found", `This initiative has no milestone ${milestoneId}.`);
  return row;
}

async function milestoneSnapshot(tx: DbOrTx, milestone: Milestone) {
  const cited = await tx
    .select({ sourceId: citations.sourceId, quote: citations.quote, quoteStart: citations.quoteStart, quoteEnd: citations.quoteEnd, note: citations.note })
    .from(citations)
    .where(eq(citations.milestoneId, milestone.id));
  return {
    id: milestone.id,
    kind: milestone.kind,
    description: milestone.description,
    occurredOn: toPartialDateString({ date: milestone.occurredOn, precision: milestone.precision }),
    isPlanned: milestone.isPlanned,
    citations: cited,
  };
}

const describe = (m: Pick<Milestone, "description" | "occurredOn" | "precision" | "isPlanned">) =>
  `“${m.description}” (${m.isPlanned ? "planned for " : ""}${formatPartialDate({ date: m.occurredOn, precision: m.precision })})`;

export async function createMilestone(db: Db, actor: Actor, slug: string, input: MilestoneCreateInput): Promise<MilestoneResult> {
  const date = toPartialDate(input.occurredOn);
  return db.transaction(async (tx) => {
    const initiative = await lockedInitiative(tx, slug, input.version);
    const errors: FieldErrorMap = {};
    const cited = await resolveCitations(tx, input.citations, "citations", errors);
    throwIfFieldErrors(errors);
    const updated = await updateInitiativeAtVersion(tx, initiative.id, input.version);
    const [milestone] = await tx
      .insert(milestones)
      .values({ initiativeId: initiative.id, kind: input.kind, description: input.description, occurredOn: date.date, precision: date.precision, isPlanned: input.isPlanned })
      .returning();
    await insertCitations(tx, initiative.id, { claimType: "milestone", milestoneId: milestone!.id }, cited);
    await writeAuditWithChangelog(tx, actor, {
      action: "milestone.create",
      entityType: "milestone",
      entityId: milestone!.id,
      before: null,
      after: { ...(await milestoneSnapshot(tx, milestone!)), initiativeId: initiative.id, version: updated.version },
      initiativeId: initiative.id,
      version: updated.version,
      summary: `Milestone added: ${describe(milestone!)}.`,
      citations: cited.map((c) => c.snapshot),
    });
    return { milestone: milestone!, version: updated.version };
  });
}

export async function updateMilestone(db: Db, actor: Actor, slug: string, input: MilestoneUpdateInput): Promise<MilestoneResult> {
  const date = toPartialDate(input.occurredOn);
  return db.transaction(async (tx) => {
    const initiative = await lockedInitiative(tx, slug, input.version);
    const existing = await findMilestone(tx, initiative.id, input.milestoneId);
    const errors: FieldErrorMap = {};
    const cited = await resolveCitations(tx, input.citations, "citations", errors);
    throwIfFieldErrors(errors);
    const before = await milestoneSnapshot(tx, existing);
    const updated = await updateInitiativeAtVersion(tx, initiative.id, input.version);
    const [milestone] = await tx
      .update(milestones)
      .set({ kind: input.kind, description: input.description, occurredOn: date.date, precision: date.precision, isPlanned: input.isPlanned, updatedAt: new Date() })
      .where(eq(milestones.id, existing.id))
      .returning();
    await tx.delete(citations).where(eq(citations.milestoneId, existing.id));
    await insertCitations(tx, initiative.id, { claimType: "milestone", milestoneId: existing.id }, cited);
    await writeAuditWithChangelog(tx, actor, {
      action: "milestone.update",
      entityType: "milestone",
      entityId: existing.id,
      before: { ...before, initiativeId: initiative.id, version: initiative.version },
      after: { ...(await milestoneSnapshot(tx, milestone!)), initiativeId: initiative.id, version: updated.version },
      initiativeId: initiative.id,
      version: updated.version,
      summary: `Milestone edited: ${describe(existing)} is now ${describe(milestone!)}.`,
      citations: cited.map((c) => c.snapshot),
    });
    return { milestone: milestone!, version: updated.version };
  });
}

export async function deleteMilestone(db: Db, actor: Actor, slug: string, input: MilestoneDeleteInput): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    const initiative = await lockedInitiative(tx, slug, input.version);
    const existing = await findMilestone(tx, initiative.id, input.milestoneId);
    const before = await milestoneSnapshot(tx, existing);
    const updated = await updateInitiativeAtVersion(tx, initiative.id, input.version);
    await tx.delete(milestones).where(eq(milestones.id, existing.id));
    await writeAuditWithChangelog(tx, actor, {
      action: "milestone.delete",
      entityType: "milestone",
      entityId: existing.id,
      before: { ...before, initiativeId: initiative.id, version: initiative.version },
      after: { reason: input.reason, initiativeId: initiative.id, version: updated.version },
      initiativeId: initiative.id,
      version: updated.version,
      summary: `Milestone removed: ${describe(existing)}. Reason: ${input.reason}`,
      citations: [],
    });
    return { version: updated.version };
  });
}
