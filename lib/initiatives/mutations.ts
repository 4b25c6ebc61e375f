// Creating and editing initiatives. Each function is one transaction: the initiative row (version-checked on edit),
// its links, its citations, the audit entry and the changelog entry commit together or not at all.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiatives, statusChanges } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditWithChangelog } from "@/lib/audit/write";
import { type FieldErrorMap, resolveCitations } from "@/lib/citations/resolve";
import { insertCitations } from "@/lib/citations/write";
import { describeInitiativeChanges } from "@/lib/editorial/describe-changes";
import { throwIfFieldErrors } from "@/lib/editorial/field-errors";
import { optionalPartialDate, toPartialDate } from "@/lib/editorial/fields";
import { getInitiativeSnapshot, type InitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import { replaceLinkLists, resolveLinks } from "@/lib/editorial/initiative-links";
import { conflictError, updateInitiativeAtVersion } from "@/lib/editorial/lock";
import { slugify } from "@/lib/editorial/slugify";
import { AppError } from "@/lib/errors";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { type InitiativeCreateInput, type InitiativeUpdateInput, scopeFromCountries } from "./schemas";

type DateFields = Pick<InitiativeCreateInput, "firstAnnouncedOn" | "plannedStartOn" | "actualStartOn" | "plannedEndOn" | "actualEndOn">;

function dateColumns(input: Partial<DateFields>) {
  const out: Record<string, string | null> = {};
  for (const field of ["firstAnnouncedOn", "plannedStartOn", "actualStartOn", "plannedEndOn", "actualEndOn"] as const) {
    if (input[field] === undefined) continue;
    const { on, precision } = optionalPartialDate(input[field]);
    out[field] = on;
    out[field.replace(/On$/, "Precision")] = precision;
  }
  return out;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A status check is something that happened: it cannot be dated after today. */
function checkReviewedOn(reviewedOn: string | null | undefined, errors: FieldErrorMap): void {
  if (reviewedOn && reviewedOn > today()) (errors.reviewedOn ??= []).push("A check cannot be dated in the future.");
}

export async function createInitiative(db: Db, actor: Actor, input: InitiativeCreateInput): Promise<InitiativeSnapshot> {
  return db.transaction(async (tx) => {
    const errors: FieldErrorMap = {};
    const slug = input.slug ?? slugify(input.name);
    const [taken] = await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, slug));
    if (taken) (errors[input.slug ? "slug" : "name"] ??= []).push(`The slug "${slug}" is already used by another initiative.`);
    checkReviewedOn(input.reviewedOn, errors);
    const links = await resolveLinks(tx, input, null, errors);
    const cited = await resolveCitations(tx, input.citations, "citations", errors);
    throwIfFieldErrors(errors);

    const [row] = await tx
      .insert(initiatives)
      .values({
        slug,
        name: input.name,
        summary: input.summary,
        status: input.status,
        conflictNotes: input.conflictNotes ?? [],
        scope: input.scope ?? scopeFromCountries((input.countries ?? []).map((c) => c.code)),
        reviewedOn: input.reviewedOn ?? null,
        parentId: links.parentId ?? null,
        supersededById: links.supersededById ?? null,
        ...dateColumns(input),
      })
      .returning({ id: initiatives.id, version: initiatives.version });
    const id = row!.id;
    await replaceLinkLists(tx, id, input, links.actorIds);
    await insertCitations(tx, id, { claimType: "initiative" }, cited);
    const effective = input.statusEffectiveOn ?? input.firstAnnouncedOn ?? today();
    const { date, precision } = toPartialDate(effective);
    const [change] = await tx
      .insert(statusChanges)
      .values({
        initiativeId: id,
        fromStatus: null,
        toStatus: input.status,
        effectiveOn: date,
        effectivePrecision: precision,
        note: "Initial status when the initiative was added.",
        createdById: actor.userId,
      })
      .returning({ id: statusChanges.id });
    await insertCitations(tx, id, { claimType: "status-change", statusChangeId: change!.id }, cited);

    const after = (await getInitiativeSnapshot(tx, { id }))!;
    await writeAuditWithChangelog(tx, actor, {
      action: "initiative.create",
      entityType: "initiative",
      entityId: id,
      before: null,
      after: { ...after, citations: cited.map((c) => c.snapshot) },
      initiativeId: id,
      version: after.version,
      summary: `Added to the tracker with status ${STATUS_INFO[input.status].label}.`,
      citations: cited.map((c) => c.snapshot),
    });
    return after;
  });
}

export async function updateInitiative(db: Db, actor: Actor, slug: string, input: InitiativeUpdateInput): Promise<InitiativeSnapshot> {
  return db.transaction(async (tx) => {
    const before = await getInitiativeSnapshot(tx, { slug });
    if (!before) throw new AppError("not_found", `There is no initiative "${slug}".`);
    if (before.version !== input.version) throw await conflictError(tx, before.id, input.version);
    const errors: FieldErrorMap = {};
    checkReviewedOn(input.reviewedOn, errors);
    const links = await resolveLinks(tx, input, before.id, errors);
    const cited = await resolveCitations(tx, input.citations ?? [], "citations", errors);
    throwIfFieldErrors(errors);

    const set = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.summary !== undefined && { summary: input.summary }),
      ...(input.conflictNotes !== undefined && { conflictNotes: input.conflictNotes }),
      ...(input.scope !== undefined && { scope: input.scope }),
      ...(input.reviewedOn !== undefined && { reviewedOn: input.reviewedOn }),
      ...(links.parentId !== undefined && { parentId: links.parentId }),
      ...(links.supersededById !== undefined && { supersededById: links.supersededById }),
      ...dateColumns(input),
    };
    await updateInitiativeAtVersion(tx, before.id, input.version, set);
    await replaceLinkLists(tx, before.id, input, links.actorIds);
    await insertCitations(tx, before.id, { claimType: "initiative" }, cited);

    const after = (await getInitiativeSnapshot(tx, { id: before.id }))!;
    await writeAuditWithChangelog(tx, actor, {
      action: "initiative.update",
      entityType: "initiative",
      entityId: before.id,
      before,
      after: { ...after, citations: cited.map((c) => c.snapshot) },
      initiativeId: before.id,
      version: after.version,
      summary: describeInitiativeChanges(before, after),
      citations: cited.map((c) => c.snapshot),
    });
    return after;
  });
}
