"use client";
// What a versioned editor form shows above its fields after a submission: the conflict screen when someone saved
// first (409), otherwise the success or field-error message.
import type { FormState } from "@/lib/auth/action";
import { ConflictNotice } from "./conflict-notice";
import { FormMessage } from "./fields";

export function FormFeedback({
  state,
  labels,
  reloadHref,
  onReapply,
}: {
  state: FormState;
  labels: Record<string, string>;
  reloadHref: string;
  onReapply: (currentVersion: number) => void;
}) {
  if (state.status !== "conflict") return <FormMessage state={state} labels={labels} />;
  return <ConflictNotice message={state.message} conflict={state.conflict} reloadHref={reloadHref} onReapply={() => onReapply(state.conflict.currentVersion)} />;
}
