// An editor's decision on a suggestion, in one transaction: the suggestion row is locked, the tracked data is
// written through the editorial mutations (a milestone with its citation; a status change with its citation; a link
// with its citation), and the suggestion is marked accepted, edited or rejected with who and when. Each decision
// writes exactly one audit entry: the data change's own (milestone.create, initiative.status-change,
// initiative.link-*), or suggestion.reject.
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { initiatives, type Suggestion, sources, suggestions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { AppError, fieldErrors } from "@/lib/errors";
import { createMilestone } from "@/lib/milestones/mutations";
import { milestoneCreateInputSchema } from "@/lib/milestones/schemas";
import { changeStatus } from "@/lib/status-changes/mutations";
import { statusChangeInputSchema } from "@/lib/status-changes/schemas";
import { type LinkClaim, linkWithCitation } from "./link-claims";
import { parsePayload, type TypedPayload } from "./payloads";
import type { AcceptInput, ReviewInput } from "./schemas";
import type { SuggestionStatus } from "./vocabulary";

export type ReviewOutcome = { suggestionId: number; sourceId: number; status: SuggestionStatus; result: Record<string, unknown> };

const unprocessable = (field: string, message: string) => new AppError("unprocessable", message, { fieldErrors: { [field]: [message] } });

async function lockSuggestion(tx: DbOrTx, id: number, sourceId?: number): Promise<Suggestion> {
  const [row] = await tx.select().from(suggestions).where(eq(suggestions.id, id)).for("update");
  // A suggestion of another source is reported as missing from this one: the REST path names the source.
  if (!row || (sourceId !== undefined && row.sourceId !== sourceId)) {
    throw new AppError("not_found", sourceId === undefined ? `There is no suggestion ${id}.` : `Source ${sourceId} has no suggestion ${id}.`);
  }
  if (row.status !== "pending") throw new AppError("conflict", `This suggestion was already reviewed (${row.status}). Reload the page to see the decision.`);
  return row;
}

async function markReviewed(tx: DbOrTx, actor: Actor, id: number, status: SuggestionStatus, result: Record<string, unknown>): Promise<void> {
  const [row] = await tx
    .update(suggestions)
    .set({ status, result, reviewedById: actor.userId, reviewedAt: new Date() })
    .where(and(eq(suggestions.id, id), eq(suggestions.status, "pending")))
    .returning({ id: suggestions.id });
  if (!row) throw new AppError("conflict", "Someone else reviewed this suggestion at the same moment. Reload the page to see their decision.");
}

async function initiativeVersion(tx: DbOrTx, slug: string): Promise<number> {
  const [row] = await tx.select({ version: initiatives.version }).from(initiatives).where(eq(initiatives.slug, slug));
  if (!row) throw unprocessable("initiativeSlug", `There is no initiative "${slug}".`);
  return row.version;
}

type Accepted = { edited: boolean; result: Record<string, unknown> };

async function acceptMilestone(tx: DbOrTx, actor: Actor, row: Suggestion, p: Extract<TypedPayload, { kind: "milestone" }>["payload"], input: AcceptInput): Promise<Accepted> {
  const slug = input.initiativeSlug ?? p.initiativeSlug;
  if (!slug) throw unprocessable("initiativeSlug", "Pick the initiative this event belongs to.");
  const fields = {
    kind: input.milestoneKind ?? p.kind,
    description: input.description ?? p.description,
    occurredOn: input.occurredOn ?? p.date,
    isPlanned: input.isPlanned ?? p.isPlanned,
  };
  const parsed = milestoneCreateInputSchema.safeParse({
    ...fields,
    citations: [{ sourceId: row.sourceId, quote: row.quote, quoteStart: row.quoteStart, quoteEnd: row.quoteEnd }],
    version: await initiativeVersion(tx, slug),
  });
  if (!parsed.success) throw new AppError("unprocessable", "Please correct the milestone.", { fieldErrors: fieldErrors(parsed.error) });
  // createMilestone opens its own transaction: here it becomes a savepoint of ours, so everything commits together.
  const { milestone } = await createMilestone(tx as Db, actor, slug, parsed.data);
  const edited = slug !== p.initiativeSlug || fields.kind !== p.kind || fields.description !== p.description || fields.occurredOn !== p.date || fields.isPlanned !== p.isPlanned;
  return { edited, result: { initiativeSlug: slug, milestoneId: milestone.id } };
}

/**
 * A status change goes through the status form's mutation, checked against the initiative's version the editor
 * reviewed it at — not the version now: the status is read off the page next to the suggestion, so a change made
 * since (another status, an edit) must be seen before this one is written.
 */
async function acceptStatusChange(tx: DbOrTx, actor: Actor, row: Suggestion, p: Extract<TypedPayload, { kind: "status-change" }>["payload"], input: AcceptInput): Promise<Accepted> {
  if (input.initiativeSlug !== undefined && input.initiativeSlug !== p.initiativeSlug) {
    throw unprocessable("initiativeSlug", "A status change stays with its initiative: reject it and change the other initiative's status there.");
  }
  if (input.version === undefined) throw unprocessable("version", "Send the initiative's version you reviewed this status change against.");
  const fields = { status: input.toStatus ?? p.toStatus, effectiveOn: input.effectiveOn ?? p.effectiveOn, note: input.note ?? p.note };
  const parsed = statusChangeInputSchema.safeParse({
    ...fields,
    citations: [{ sourceId: row.sourceId, quote: row.quote, quoteStart: row.quoteStart, quoteEnd: row.quoteEnd }],
    version: input.version,
  });
  if (!parsed.success) throw new AppError("unprocessable", "Please correct the status change.", { fieldErrors: fieldErrors(parsed.error) });
  // changeStatus opens its own transaction: here it becomes a savepoint of ours, so everything commits together.
  const { statusChange, version } = await changeStatus(tx as Db, actor, p.initiativeSlug, parsed.data);
  const edited = fields.status !== p.toStatus || fields.effectiveOn !== p.effectiveOn || fields.note !== p.note;
  return { edited, result: { initiativeSlug: p.initiativeSlug, statusChangeId: statusChange.id, version } };
}

function linkFor(typed: TypedPayload, input: AcceptInput): { slug: string | null; claim: LinkClaim; edited: boolean } {
  switch (typed.kind) {
    case "country": {
      const code = input.countryCode ?? typed.payload.code;
      const role = input.countryRole ?? "party";
      const slug = input.initiativeSlug ?? typed.payload.initiativeSlug;
      return { slug, claim: { claimType: "country", code, role }, edited: code !== typed.payload.code || slug !== typed.payload.initiativeSlug };
    }
    case "domain": {
      const domain = input.domainSlug ?? typed.payload.slug;
      const slug = input.initiativeSlug ?? typed.payload.initiativeSlug;
      return { slug, claim: { claimType: "domain", slug: domain }, edited: domain !== typed.payload.slug || slug !== typed.payload.initiativeSlug };
    }
    case "actor": {
      const actorSlug = input.actorSlug ?? typed.payload.slug;
      const slug = input.initiativeSlug ?? typed.payload.initiativeSlug;
      return { slug, claim: { claimType: "actor", actorSlug, role: input.actorRole ?? "participant" }, edited: actorSlug !== typed.payload.slug || slug !== typed.payload.initiativeSlug };
    }
    case "initiative-link": {
      const slug = input.initiativeSlug ?? typed.payload.slug;
      return { slug, claim: { claimType: "initiative" }, edited: slug !== typed.payload.slug };
    }
    case "new-initiative":
      // A candidate is accepted by citing it for an initiative that exists: created from the prefilled form first.
      return { slug: input.initiativeSlug ?? null, claim: { claimType: "initiative" }, edited: true };
    case "milestone":
    case "status-change":
      throw new Error(`${typed.kind} suggestions are not links`);
  }
}

/** One decision inside the caller's transaction; `sourceId`, when given, must own the suggestion. */
export async function applyDecision(tx: DbOrTx, actor: Actor, input: ReviewInput, sourceId?: number): Promise<ReviewOutcome> {
  const row = await lockSuggestion(tx, input.suggestionId, sourceId);
  if (input.decision === "reject") {
    await markReviewed(tx, actor, row.id, "rejected", {});
    await writeAudit(tx, actor, {
      action: "suggestion.reject",
      entityType: "suggestion",
      entityId: row.id,
      before: { kind: row.kind, payload: row.payload, sourceId: row.sourceId, status: row.status },
      after: { status: "rejected" },
    });
    return { suggestionId: row.id, sourceId: row.sourceId, status: "rejected", result: {} };
  }
  const typed = parsePayload(row.kind, row.payload);
  if (!typed) throw new AppError("unprocessable", "This suggestion was stored in a form we can no longer read: reject it and add the fact by hand.");
  const [source] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.id, row.sourceId));
  if (!source) throw new AppError("not_found", "The suggestion's source no longer exists.");

  let accepted: Accepted;
  if (typed.kind === "milestone") {
    accepted = await acceptMilestone(tx, actor, row, typed.payload, input);
  } else if (typed.kind === "status-change") {
    accepted = await acceptStatusChange(tx, actor, row, typed.payload, input);
  } else {
    const { slug, claim, edited } = linkFor(typed, input);
    if (!slug) {
      throw unprocessable(
        "initiativeSlug",
        typed.kind === "new-initiative" ? "Create the initiative from this candidate first, then pick it here." : "Pick the initiative this link belongs to.",
      );
    }
    const citation = { sourceId: row.sourceId, quote: row.quote, quoteStart: row.quoteStart, quoteEnd: row.quoteEnd };
    const linked = await linkWithCitation(tx, actor, slug, claim, citation, row.id);
    accepted = { edited, result: { initiativeSlug: linked.initiativeSlug, citationId: linked.citationId } };
  }
  const status: SuggestionStatus = accepted.edited ? "edited" : "accepted";
  await markReviewed(tx, actor, row.id, status, accepted.result);
  return { suggestionId: row.id, sourceId: row.sourceId, status, result: accepted.result };
}

export async function reviewSuggestion(db: Db, actor: Actor, input: ReviewInput, sourceId?: number): Promise<ReviewOutcome> {
  return db.transaction((tx) => applyDecision(tx, actor, input, sourceId));
}
