// Changing an initiative's status: the version-checked initiative update, the status-history row, its citations,
// the audit entry and the changelog entry, in one transaction. "Confirm stalled" is this same change to "stalled".
import type { Db } from "@/db/client";
import { statusChanges, type StatusChange } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditWithChangelog } from "@/lib/audit/write";
import { type FieldErrorMap, resolveCitations } from "@/lib/citations/resolve";
import { insertCitations } from "@/lib/citations/write";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { throwIfFieldErrors } from "@/lib/editorial/field-errors";
import { toPartialDate } from "@/lib/editorial/fields";
import { getInitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import { conflictError, updateInitiativeAtVersion } from "@/lib/editorial/lock";
import { AppError } from "@/lib/errors";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import type { StatusChangeInput } from "./schemas";

export type StatusChangeResult = { statusChange: StatusChange; version: number };

export async function changeStatus(db: Db, actor: Actor, slug: string, input: StatusChangeInput): Promise<StatusChangeResult> {
  const effective = toPartialDate(input.effectiveOn);
  return db.transaction(async (tx) => {
    const before = await getInitiativeSnapshot(tx, { slug });
    if (!before) throw new AppError("not_found", `There is no initiative "${slug}".`);
    if (before.version !== input.version) throw await conflictError(tx, before.id, input.version);
    const errors: FieldErrorMap = {};
    if (input.status === before.status) (errors.status ??= []).push(`The initiative is already ${STATUS_INFO[before.status].label}.`);
    const cited = await resolveCitations(tx, input.citations, "citations", errors);
    throwIfFieldErrors(errors);

    const updated = await updateInitiativeAtVersion(tx, before.id, input.version, { status: input.status });
    const [change] = await tx
      .insert(statusChanges)
      .values({
        initiativeId: before.id,
        fromStatus: before.status,
        toStatus: input.status,
        effectiveOn: effective.date,
        effectivePrecision: effective.precision,
        note: input.note,
        createdById: actor.userId,
      })
      .returning();
    await insertCitations(tx, before.id, { claimType: "status-change", statusChangeId: change!.id }, cited);
    const snapshots = cited.map((c) => c.snapshot);
    await writeAuditWithChangelog(tx, actor, {
      action: "initiative.status-change",
      entityType: "initiative",
      entityId: before.id,
      before: { status: before.status, version: before.version },
      after: { status: input.status, version: updated.version, statusChange: change, citations: snapshots },
      initiativeId: before.id,
      version: updated.version,
      summary: `Status changed from ${STATUS_INFO[before.status].label} to ${STATUS_INFO[input.status].label}, effective ${formatPartialDate(effective)}: ${input.note}`,
      citations: snapshots,
    });
    return { statusChange: change!, version: updated.version };
  });
}
