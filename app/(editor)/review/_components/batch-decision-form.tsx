"use client";
// One button for many decisions ("Accept all pending", "Same as the previous article"), with a confirm step that
// says how many: nothing is sent until the editor confirms. The decisions are listed in the form, so exactly what
// was counted is applied — all in one transaction, or none.
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/editor/fields";
import type { FormState } from "@/lib/auth/action";
import { reviewBatchAction } from "@/lib/ingest/actions";
import type { PlannedDecision } from "@/lib/ingest/bulk";

const IDLE: FormState = { status: "idle" };

type Props = {
  sourceId: number;
  decisions: Pick<PlannedDecision, "suggestionId" | "decision" | "initiativeSlug">[];
  /** The button: "Accept all 6 pending countries". */
  label: string;
  /** The question: "Accept 6 suggestions?". */
  question: string;
  /** What confirming does, and what stays pending. */
  detail?: string;
  confirmLabel?: string;
};

export function BatchDecisionForm({ sourceId, decisions, label, question, detail, confirmLabel = "Yes, accept them" }: Props) {
  const [state, dispatch, pending] = useActionState(reviewBatchAction, IDLE);
  const [confirming, setConfirming] = useState(false);
  // After a success the page re-renders without these suggestions pending: the message stays, the button goes.
  if (!decisions.length && state.status !== "success") return null;
  const asking = confirming && state.status !== "success";
  const payload = JSON.stringify(decisions.map(({ suggestionId, decision, initiativeSlug }) => ({ suggestionId, decision, ...(initiativeSlug ? { initiativeSlug } : {}) })));
  return (
    <div className="space-y-2">
      {state.status !== "idle" && <FormMessage state={state} />}
      {!decisions.length ? null : !asking ? (
        <button type="button" onClick={() => setConfirming(true)} className="rounded border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent hover:text-paper">
          {label}
        </button>
      ) : (
        <form action={dispatch} className="space-y-2 rounded border border-line p-3" aria-label={question}>
          <input type="hidden" name="sourceId" value={sourceId} />
          <input type="hidden" name="decisions" value={payload} />
          <p className="text-sm font-medium">{question}</p>
          {detail && <p className="text-sm text-muted">{detail}</p>}
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-paper hover:bg-accent-strong disabled:opacity-60">
              {confirmLabel}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border border-line px-3 py-1.5 text-sm">
              Cancel
            </button>
          </div>
        </form>
      )}
      {pending && (
        <p role="status" className="text-sm text-muted">
          Saving…
        </p>
      )}
    </div>
  );
}
