// "Accept all pending" for one kind or the whole article: only what can be accepted exactly as suggested (it names
// its initiative); the rest stays pending for a person, and the confirmation says so with the numbers.
import { BatchDecisionForm } from "./batch-decision-form";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function AcceptAll({ sourceId, items, pending, scope }: { sourceId: number; items: { id: number }[]; pending: number; scope: string }) {
  const rest = pending - items.length;
  // The form stays mounted when nothing is left to accept, so its "Done" message survives the re-render.
  return (
    <>
      {!items.length && pending > 0 && <p className="text-sm text-muted">None of the {pending} pending here names its initiative: decide them one by one.</p>}
      <BatchDecisionForm
        sourceId={sourceId}
        decisions={items.map((s) => ({ suggestionId: s.id, decision: "accept" as const }))}
        label={`Accept all pending in ${scope} (${items.length})`}
        question={`Accept ${plural(items.length, "suggestion")} in ${scope} as suggested?`}
        detail={`Each becomes a link or milestone on its initiative, citing its passage, with one audit entry each; all are saved together or none.${rest > 0 ? ` ${plural(rest, "other suggestion")} without an initiative, or proposing a status change, ${rest === 1 ? "stays" : "stay"} pending.` : ""}`}
        confirmLabel={`Accept ${items.length}`}
      />
    </>
  );
}

/**
 * "Reject all pending" for one kind: most dated events the extractor finds are not milestones of a tracked initiative
 * (the real articles: 346 of 393), so at volume rejecting what is left of a kind is one confirmed step, not one click each.
 */
export function RejectAll({ sourceId, ids, scope }: { sourceId: number; ids: number[]; scope: string }) {
  return (
    <BatchDecisionForm
      sourceId={sourceId}
      decisions={ids.map((suggestionId) => ({ suggestionId, decision: "reject" as const }))}
      label={`Reject all pending in ${scope} (${ids.length})`}
      question={`Reject ${plural(ids.length, "suggestion")} in ${scope}?`}
      detail="Nothing reaches the tracker; each rejection is recorded with one audit entry, all together or none."
      confirmLabel={`Reject ${ids.length}`}
    />
  );
}
