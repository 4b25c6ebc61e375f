// Several decisions on one source's suggestions, all or nothing: each is the single decision of review.ts (same
// rules, same audit entry per decision), run in a savepoint of one transaction so that every failing item is
// reported — not just the first — and then the whole batch is rolled back. The bulk accepts on the review page
// and POST /api/v1/sources/{id}/review both come here.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError, type ErrorCode } from "@/lib/errors";
import { applyDecision, type ReviewOutcome } from "./review";
import type { ReviewInput } from "./schemas";

export type BatchItemError = { index: number; suggestionId: number; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

/** Thrown (422, or 404/409 when every failure is that) with `details.items`: one entry per failing decision. */
class BatchFailed extends Error {
  constructor(readonly items: BatchItemError[]) {
    super("batch failed");
  }
}

function itemError(error: unknown, index: number, suggestionId: number): BatchItemError {
  if (!(error instanceof AppError)) throw error; // unexpected: a 500 for the whole batch, logged by the handler
  const details = error.details as { fieldErrors?: Record<string, string[]> } | undefined;
  return { index, suggestionId, code: error.code, message: error.message, ...(details?.fieldErrors ? { fieldErrors: details.fieldErrors } : {}) };
}

export async function reviewSuggestions(db: Db, actor: Actor, sourceId: number, decisions: ReviewInput[]): Promise<ReviewOutcome[]> {
  try {
    return await db.transaction(async (tx) => {
      const outcomes: ReviewOutcome[] = [];
      const errors: BatchItemError[] = [];
      for (const [index, decision] of decisions.entries()) {
        try {
          // A savepoint: a failed item leaves the transaction usable, so the next items are still checked.
          outcomes.push(await tx.transaction((sp) => applyDecision(sp, actor, decision, sourceId)));
        } catch (error) {
          errors.push(itemError(error, index, decision.suggestionId));
        }
      }
      if (errors.length) throw new BatchFailed(errors);
      return outcomes;
    });
  } catch (error) {
    if (!(error instanceof BatchFailed)) throw error;
    const codes = new Set(error.items.map((i) => i.code));
    const code: ErrorCode = codes.size === 1 && (codes.has("not_found") || codes.has("conflict")) ? [...codes][0]! : "unprocessable";
    const n = error.items.length;
    throw new AppError(code, `${n} of ${decisions.length} decision${decisions.length === 1 ? "" : "s"} could not be applied, so none was: ${error.items[0]!.message}${n > 1 ? " (and more: see details.items)" : ""}`, {
      items: error.items,
    });
  }
}
