"use client";
// "Checked today": records that an editor compared the status with the newest sources, through the same
// version-checked update as the edit form (a stale page gets the conflict message, never a silent overwrite).
import { useActionState } from "react";
import { updateInitiativeAction } from "@/lib/initiatives/actions";
import { IDLE_STATE } from "@/components/editor/use-editor-form";

export function RecordCheck({ slug, version, reviewedOn }: { slug: string; version: number; reviewedOn: string | null }) {
  const [state, action, pending] = useActionState(updateInitiativeAction, IDLE_STATE);
  const today = new Date().toISOString().slice(0, 10);
  if (reviewedOn === today || state.status === "success") {
    return <p className="text-sm text-muted" role="status">Status checked today.</p>;
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="payload" value={JSON.stringify({ reviewedOn: today, version })} />
      <button type="submit" disabled={pending} className="rounded border border-line px-3 py-1.5 text-sm">
        {pending ? "Recording…" : "Record: status checked today"}
      </button>
      {state.status === "error" && (
        <span role="alert" className="text-sm text-status-stalled">
          {state.message}
        </span>
      )}
    </form>
  );
}
