"use client";
import { changeStatusAction } from "@/lib/status-changes/actions";
import { STATUS_INFO, STATUSES, type Status } from "@/lib/vocabulary/statuses";
import { CitationPicker, type SourceOption } from "./citation-picker";
import { SelectField, SubmitButton, TextArea, TextField } from "./fields";
import { FormFeedback } from "./form-feedback";
import { useEditorForm } from "./use-editor-form";

const LABELS = { status: "New status", effectiveOn: "Effective date", note: "Note", citations: "Evidence", version: "Version" };

/** Change the status: new status, effective date (its precision is in how it is written), a note, ≥1 citation. */
export function StatusChangeForm({
  slug,
  version: startVersion,
  currentStatus,
  sources,
  defaultStatus,
  defaultNote,
}: {
  slug: string;
  version: number;
  currentStatus: Status;
  sources: SourceOption[];
  defaultStatus?: Status;
  defaultNote?: string;
}) {
  const { state, pending, onSubmit, formRef, version, reapplyAt } = useEditorForm(changeStatusAction, startVersion);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      <FormFeedback state={state} labels={LABELS} reloadHref={`/editor/initiatives/${slug}/status`} onReapply={reapplyAt} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-muted">
        Current status: <strong className="text-ink">{STATUS_INFO[currentStatus].label}</strong> (version {startVersion})
      </p>
      <SelectField
        name="status"
        label="New status"
        errors={errors}
        defaultValue={defaultStatus ?? ""}
        placeholder="Choose the new status…"
        options={STATUSES.filter((s) => s !== currentStatus).map((s) => ({ value: s, label: `${STATUS_INFO[s].label} — ${STATUS_INFO[s].explanation}` }))}
        required
      />
      <TextField
        name="effectiveOn"
        label="Effective date"
        hint="As precise as the source allows: 2025, 2025-Q2, 2025-04 or 2025-04-02."
        errors={errors}
        required
        autoComplete="off"
      />
      <TextArea name="note" label="Note" hint="Why the status changed, in a sentence." errors={errors} defaultValue={defaultNote} rows={3} required />
      <CitationPicker sources={sources} errors={errors} />
      <SubmitButton pending={pending}>Change status</SubmitButton>
    </form>
  );
}
