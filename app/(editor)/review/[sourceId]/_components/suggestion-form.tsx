"use client";
// Accept (as suggested, or with changes) or reject one suggestion. The fields start from what was suggested; a
// change makes the decision "edited". The page re-renders with the decision once it is saved.
import { type FormEvent, startTransition, useActionState } from "react";
import { FormMessage, SelectField, TextArea, TextField } from "@/components/editor/fields";
import type { FormState } from "@/lib/auth/action";
import { reviewSuggestionAction } from "@/lib/ingest/actions";
import type { TypedPayload } from "@/lib/ingest/payloads";
import { COUNTRY_CODES, COUNTRY_INFO, COUNTRY_ROLES } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { ACTOR_ROLES, MILESTONE_KIND_LABELS, MILESTONE_KINDS } from "@/lib/vocabulary/misc";
import { STATUS_INFO, STATUSES } from "@/lib/vocabulary/statuses";

const IDLE: FormState = { status: "idle" };
const LABELS = {
  initiativeSlug: "Initiative",
  countryCode: "Country",
  countryRole: "Role",
  domainSlug: "Domain",
  actorSlug: "Actor",
  actorRole: "Role",
  milestoneKind: "Kind",
  occurredOn: "Date",
  description: "Description",
  status: "New status",
  toStatus: "New status",
  effectiveOn: "Effective date",
  note: "Note",
  version: "Version",
};

const options = <T extends string>(values: readonly T[], label: (v: T) => string = (v) => v) => values.map((value) => ({ value, label: label(value) }));

type Props = {
  id: number;
  typed: TypedPayload;
  initiativeListId: string;
  actorListId: string;
  /** A status change's initiative version as shown: the decision is checked against it. */
  version?: number;
};

export function SuggestionForm({ id, typed, initiativeListId, actorListId, version }: Props) {
  const [state, dispatch, pending] = useActionState(reviewSuggestionAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const f = (name: string) => `s${id}-${name}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  };

  const defaultInitiative =
    typed.kind === "initiative-link" ? typed.payload.slug : typed.kind === "new-initiative" ? "" : (typed.payload.initiativeSlug ?? "");
  const initiativeHint =
    typed.kind === "new-initiative"
      ? "Create the initiative first (link above), then enter its slug here to cite this passage for it."
      : typed.kind === "initiative-link"
        ? "The passage will be cited as evidence for this initiative."
        : "The initiative this belongs to: suggested from the initiatives the article names near it. Type to search.";

  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate aria-label={`Decision on suggestion ${id}`}>
      <FormMessage state={state} labels={LABELS} />
      <input type="hidden" name="suggestionId" value={id} />
      <div className="grid gap-3 sm:grid-cols-2">
        {typed.kind === "status-change" ? (
          <>
            <input type="hidden" name="version" value={version ?? ""} />
            <SelectField id={f("status")} name="toStatus" errorKey="status" label="New status" defaultValue={typed.payload.toStatus} options={options(STATUSES, (v) => STATUS_INFO[v].label)} errors={errors} />
            <TextField id={f("effective")} name="effectiveOn" label="Effective date" hint="2025, 2025-Q3, 2025-09 or 2025-09-17." defaultValue={typed.payload.effectiveOn} errors={errors} autoComplete="off" />
          </>
        ) : (
          <TextField id={f("initiative")} name="initiativeSlug" label="Initiative (slug)" hint={initiativeHint} list={initiativeListId} defaultValue={defaultInitiative} errors={errors} autoComplete="off" />
        )}
        {typed.kind === "milestone" && (
          <>
            <SelectField id={f("kind")} name="milestoneKind" label="Kind" defaultValue={typed.payload.kind} options={options(MILESTONE_KINDS, (k) => MILESTONE_KIND_LABELS[k])} errors={errors} />
            <TextField id={f("date")} name="occurredOn" label="Date" hint="2025, 2025-Q3, 2025-09 or 2025-09-17." defaultValue={typed.payload.date} errors={errors} autoComplete="off" />
            <div className="flex items-center gap-2 self-end pb-2">
              <input id={f("planned")} name="isPlanned" type="checkbox" defaultChecked={typed.payload.isPlanned} className="size-4" />
              <label htmlFor={f("planned")} className="text-sm">
                Planned (not yet happened)
              </label>
            </div>
          </>
        )}
        {typed.kind === "country" && (
          <>
            <SelectField id={f("country")} name="countryCode" label="Country" defaultValue={typed.payload.code} options={options(COUNTRY_CODES, (c) => COUNTRY_INFO[c].nameEn)} errors={errors} />
            <SelectField id={f("role")} name="countryRole" label="Role" defaultValue="party" options={options(COUNTRY_ROLES)} errors={errors} />
          </>
        )}
        {typed.kind === "domain" && (
          <SelectField id={f("domain")} name="domainSlug" label="Domain" defaultValue={typed.payload.slug} options={options(DOMAIN_SLUGS, (d) => DOMAIN_INFO[d].label)} errors={errors} />
        )}
        {typed.kind === "actor" && (
          <>
            <TextField id={f("actor")} name="actorSlug" label="Actor (slug)" list={actorListId} defaultValue={typed.payload.slug} errors={errors} autoComplete="off" />
            <SelectField id={f("role")} name="actorRole" label="Role" defaultValue="participant" options={options(ACTOR_ROLES)} errors={errors} />
          </>
        )}
      </div>
      {typed.kind === "status-change" && <TextArea id={f("note")} name="note" label="Note" hint="Why the status changed, in a sentence." defaultValue={typed.payload.note} rows={2} errors={errors} />}
      {typed.kind === "milestone" && <TextArea id={f("description")} name="description" label="Description" defaultValue={typed.payload.description} rows={2} errors={errors} />}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="accept" disabled={pending} className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-paper hover:bg-accent-strong disabled:opacity-60">
          Accept
        </button>
        <button type="submit" name="decision" value="reject" disabled={pending} className="rounded border border-line px-3 py-1.5 text-sm disabled:opacity-60">
          Reject
        </button>
        {pending && (
          <span role="status" className="self-center text-sm text-muted">
            Saving…
          </span>
        )}
      </div>
    </form>
  );
}
