"use client";
import type { CitationInput } from "@/lib/citations/schemas";
import { createMilestoneAction, deleteMilestoneAction, updateMilestoneAction } from "@/lib/milestones/actions";
import { MILESTONE_KIND_LABELS, MILESTONE_KINDS } from "@/lib/vocabulary/misc";
import { CitationPicker, type SourceOption } from "./citation-picker";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "./fields";
import { FormFeedback } from "./form-feedback";
import { useEditorForm } from "./use-editor-form";

export type MilestoneValues = { id: number; kind: string; description: string; occurredOn: string; isPlanned: boolean; citations: CitationInput[] };

const LABELS = { kind: "Kind", description: "Description", occurredOn: "Date", isPlanned: "Planned", citations: "Evidence" };

/** Add a milestone, or edit one (its citations are replaced by the ones in the form). */
export function MilestoneForm({ slug, version: startVersion, sources, milestone }: { slug: string; version: number; sources: SourceOption[]; milestone?: MilestoneValues }) {
  const { state, pending, onSubmit, formRef, version, reapplyAt } = useEditorForm(milestone ? updateMilestoneAction : createMilestoneAction, startVersion);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      <FormFeedback state={state} labels={LABELS} reloadHref={`/editor/initiatives/${slug}`} onReapply={reapplyAt} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
      {milestone && <input type="hidden" name="milestoneId" value={milestone.id} />}
      <SelectField
        name="kind"
        label="Kind"
        errors={errors}
        defaultValue={milestone?.kind ?? ""}
        placeholder="Choose the kind of milestone…"
        options={MILESTONE_KINDS.map((k) => ({ value: k, label: MILESTONE_KIND_LABELS[k] }))}
        required
      />
      <TextArea name="description" label="Description" errors={errors} defaultValue={milestone?.description} rows={2} required />
      <TextField
        name="occurredOn"
        label="Date"
        hint="As precise as the source allows: 2025, 2025-Q2, 2025-04 or 2025-04-02."
        errors={errors}
        defaultValue={milestone?.occurredOn}
        autoComplete="off"
        required
      />
      <div className="flex items-center gap-2">
        <input id="field-isPlanned" name="isPlanned" type="checkbox" defaultChecked={milestone?.isPlanned} className="size-4" />
        <label htmlFor="field-isPlanned" className="text-sm font-medium">
          Planned (a target date, not yet happened)
        </label>
      </div>
      <CitationPicker sources={sources} errors={errors} initial={milestone?.citations} />
      <SubmitButton pending={pending}>{milestone ? "Save milestone" : "Add milestone"}</SubmitButton>
    </form>
  );
}

export function MilestoneDeleteForm({ slug, version, milestoneId }: { slug: string; version: number; milestoneId: number }) {
  const { state, pending, onSubmit } = useEditorForm(deleteMilestoneAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate aria-labelledby="remove-heading">
      <h2 id="remove-heading" className="text-xl font-semibold">
        Remove this milestone
      </h2>
      {state.status === "conflict" ? (
        <p role="alert" className="rounded border border-[var(--color-status-in-progress)] p-3 text-sm">
          {state.message} <a href={`/editor/initiatives/${slug}/milestones/${milestoneId}`}>Reload the milestone</a>.
        </p>
      ) : (
        <FormMessage state={state} labels={{ reason: "Reason" }} />
      )}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="milestoneId" value={milestoneId} />
      <TextField name="reason" label="Reason for removing it" errors={errors} required />
      <SubmitButton pending={pending}>Remove milestone</SubmitButton>
    </form>
  );
}
