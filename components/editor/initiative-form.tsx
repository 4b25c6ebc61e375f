"use client";
// Create or edit an initiative: every field of the data model, its names, domains, countries and actors with their
// roles, and its parent/successor links. An edit sends only the fields that changed, with the version it started from.
import { useState } from "react";
import type { CitationInput } from "@/lib/citations/schemas";
import type { InitiativeSnapshot } from "@/lib/editorial/initiative-snapshot";
import type { InitiativePrefill } from "@/lib/editorial/prefill";
import { createInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions";
import { COUNTRY_CODES, COUNTRY_INFO, COUNTRY_ROLES } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { ACTOR_ROLES, INITIATIVE_SCOPE_LABELS, INITIATIVE_SCOPES, type InitiativeScope } from "@/lib/vocabulary/misc";
import { STATUS_INFO, STATUSES } from "@/lib/vocabulary/statuses";
import { CitationPicker, type SourceOption } from "./citation-picker";
import { ErrorText, type FieldErrors, inputClass, SelectField, SubmitButton, TextArea, TextField } from "./fields";
import { FormFeedback } from "./form-feedback";
import { RowList } from "./row-list";
import { useEditorForm } from "./use-editor-form";

type Option = { slug: string; name: string };
// A new initiative's scope may be left to the server, which derives it from the countries (null here).
type Values = Omit<InitiativeSnapshot, "id" | "version" | "status" | "scope"> & { scope: InitiativeScope | null };

const DATE_FIELDS = [
  ["firstAnnouncedOn", "First announced"],
  ["plannedStartOn", "Planned start"],
  ["actualStartOn", "Actual start"],
  ["plannedEndOn", "Planned end"],
  ["actualEndOn", "Actual end"],
] as const;

const EMPTY: Values = {
  slug: "",
  name: "",
  summary: "",
  firstAnnouncedOn: null,
  plannedStartOn: null,
  actualStartOn: null,
  plannedEndOn: null,
  actualEndOn: null,
  parentSlug: null,
  supersededBySlug: null,
  conflictNotes: [],
  scope: null,
  reviewedOn: null,
  aliases: [],
  domains: [],
  countries: [],
  actors: [],
};

const LABELS: Record<string, string> = { name: "Name", summary: "Summary", slug: "Slug", status: "Status", citations: "Evidence", parentSlug: "Parent", supersededBySlug: "Successor" };

function payloadFor(values: Values, initial: InitiativeSnapshot | undefined, extra: Record<string, unknown>) {
  const { scope, ...others } = values;
  const clean = { ...others, ...(scope && { scope }), conflictNotes: values.conflictNotes.map((n) => n.trim()).filter(Boolean) };
  if (!initial) {
    const { slug, ...rest } = clean;
    return { ...rest, ...(slug.trim() && { slug: slug.trim() }), ...extra };
  }
  const changed = Object.fromEntries(
    Object.entries(clean).filter(([k, v]) => k !== "slug" && JSON.stringify(v) !== JSON.stringify(initial[k as keyof InitiativeSnapshot])),
  );
  return { ...changed, ...extra };
}

export function InitiativeForm({
  initial,
  initiatives,
  actors,
  sources,
  prefill,
}: {
  initial?: InitiativeSnapshot;
  initiatives: Option[];
  actors: Option[];
  sources: SourceOption[];
  /** A new initiative suggested by an imported article: its name, links and the passage that names it. */
  prefill?: InitiativePrefill;
}) {
  const { state, pending, onSubmit, formRef, version, reapplyAt } = useEditorForm(initial ? updateInitiativeAction : createInitiativeAction, initial?.version ?? 0);
  const [values, setValues] = useState<Values>(() => {
    if (initial) return { ...EMPTY, ...initial };
    if (!prefill) return EMPTY;
    return {
      ...EMPTY,
      name: prefill.name,
      domains: prefill.domains,
      countries: prefill.countries.map((code) => ({ code, role: "party" as const })),
    };
  });
  const [status, setStatus] = useState<string>("proposed");
  const [statusEffectiveOn, setStatusEffectiveOn] = useState("");
  const [citations, setCitations] = useState<Partial<CitationInput>[]>(prefill?.citation ? [prefill.citation] : []);
  const errors: FieldErrors = state.status === "error" ? state.fieldErrors : undefined;
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const extra = initial
    ? { version, ...(citations.length && { citations }) }
    : { status, ...(statusEffectiveOn.trim() && { statusEffectiveOn: statusEffectiveOn.trim() }), citations };
  const linkOptions = initiatives.filter((i) => i.slug !== initial?.slug).map((i) => ({ value: i.slug, label: i.name }));

  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-4xl space-y-6" noValidate>
      <FormFeedback state={state} labels={LABELS} reloadHref={`/editor/initiatives/${initial?.slug}/edit`} onReapply={reapplyAt} />
      {initial && <input type="hidden" name="slug" value={initial.slug} />}
      <input type="hidden" name="payload" value={JSON.stringify(payloadFor(values, initial, extra))} />

      <TextField name="name" label="Name" errors={errors} value={values.name} onChange={(e) => set("name", e.target.value)} required />
      {!initial && (
        <TextField name="slug-input" errorKey="slug" label="Slug (optional)" hint="The address: /initiatives/<slug>. Made from the name when empty." errors={errors} value={values.slug} onChange={(e) => set("slug", e.target.value)} />
      )}
      <TextArea name="summary" label="Summary" errors={errors} value={values.summary} onChange={(e) => set("summary", e.target.value)} rows={4} required />
      {!initial && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="status-input" errorKey="status" label="Status" errors={errors} value={status} onChange={(e) => setStatus(e.target.value)} options={STATUSES.map((s) => ({ value: s, label: STATUS_INFO[s].label }))} />
          <TextField name="statusEffectiveOn-input" errorKey="statusEffectiveOn" label="Status effective from (optional)" hint="Defaults to the first-announced date." errors={errors} value={statusEffectiveOn} onChange={(e) => setStatusEffectiveOn(e.target.value)} />
        </div>
      )}

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Dates</legend>
        <p className="text-sm text-muted">As precise as the sources allow: 2025, 2025-Q2, 2025-04 or 2025-04-02. Leave empty when unknown.</p>
        <div className="grid gap-4 sm:grid-cols-3">
          {DATE_FIELDS.map(([key, label]) => (
            <TextField key={key} name={`${key}-input`} errorKey={key} label={label} errors={errors} value={values[key] ?? ""} onChange={(e) => set(key, e.target.value.trim() || null)} autoComplete="off" />
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="parent-input" errorKey="parentSlug" label="Part of (parent initiative)" errors={errors} value={values.parentSlug ?? ""} placeholder="None" options={linkOptions} onChange={(e) => set("parentSlug", e.target.value || null)} />
        <SelectField name="successor-input" errorKey="supersededBySlug" label="Superseded by" errors={errors} value={values.supersededBySlug ?? ""} placeholder="None" options={linkOptions} onChange={(e) => set("supersededBySlug", e.target.value || null)} />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="scope-input"
          errorKey="scope"
          label="Scope"
          errors={errors}
          value={values.scope ?? ""}
          placeholder={initial ? undefined : "Decide from the countries"}
          options={INITIATIVE_SCOPES.map((s) => ({ value: s, label: INITIATIVE_SCOPE_LABELS[s] }))}
          onChange={(e) => set("scope", (e.target.value || null) as InitiativeScope | null)}
        />
        <div className="space-y-1">
          <TextField
            name="reviewedOn-input"
            errorKey="reviewedOn"
            label="Status last checked against the sources"
            hint="YYYY-MM-DD: the day an editor compared the status with the newest sources."
            errors={errors}
            value={values.reviewedOn ?? ""}
            onChange={(e) => set("reviewedOn", e.target.value.trim() || null)}
            autoComplete="off"
          />
          <button type="button" className="text-sm text-accent underline" onClick={() => set("reviewedOn", new Date().toISOString().slice(0, 10))}>
            Checked today
          </button>
        </div>
      </div>

      <TextArea name="conflictNotes-input" errorKey="conflictNotes" label="Conflicts between sources" hint="One note per line, e.g. two reported dates for the same event." errors={errors} value={values.conflictNotes.join("\n")} onChange={(e) => set("conflictNotes", e.target.value.split("\n"))} rows={3} />

      <RowList
        legend="Other names"
        addLabel="Add a name"
        rows={values.aliases}
        onChange={(rows) => set("aliases", rows)}
        blank={{ name: "", language: "" }}
        render={(row, i, update) => (
          <>
            <Cell id={`alias-${i}-name`} label={`Name ${i + 1}`} errors={errors?.[`aliases.${i}.name`]}>
              <input id={`alias-${i}-name`} value={row.name} onChange={(e) => update({ ...row, name: e.target.value })} className={inputClass} />
            </Cell>
            <Cell id={`alias-${i}-language`} label={`Language of name ${i + 1}`} errors={errors?.[`aliases.${i}.language`]}>
              <input id={`alias-${i}-language`} value={row.language} onChange={(e) => update({ ...row, language: e.target.value })} className={inputClass} placeholder="zh" />
            </Cell>
          </>
        )}
      />

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Domains</legend>
        <ErrorText id="domains-error" messages={errors?.domains} />
        <div className="grid gap-1 sm:grid-cols-3">
          {DOMAIN_SLUGS.map((d) => (
            <label key={d} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={values.domains.includes(d)}
                onChange={(e) => set("domains", e.target.checked ? [...values.domains, d].sort() : values.domains.filter((x) => x !== d))}
                className="size-4"
              />
              {DOMAIN_INFO[d].label}
            </label>
          ))}
        </div>
      </fieldset>

      <RowList
        legend="Countries"
        addLabel="Add a country"
        rows={values.countries}
        onChange={(rows) => set("countries", rows)}
        blank={{ code: "CN", role: "party" } as Values["countries"][number]}
        render={(row, i, update) => (
          <>
            <Cell id={`country-${i}-code`} label={`Country ${i + 1}`} errors={errors?.[`countries.${i}.code`]}>
              <select id={`country-${i}-code`} value={row.code} onChange={(e) => update({ ...row, code: e.target.value as typeof row.code })} className={inputClass}>
                {COUNTRY_CODES.map((c) => (
                  <option key={c} value={c}>
                    {COUNTRY_INFO[c].nameEn}
                  </option>
                ))}
              </select>
            </Cell>
            <Cell id={`country-${i}-role`} label={`Role of country ${i + 1}`} errors={errors?.[`countries.${i}.role`]}>
              <select id={`country-${i}-role`} value={row.role} onChange={(e) => update({ ...row, role: e.target.value as typeof row.role })} className={inputClass}>
                {COUNTRY_ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </Cell>
          </>
        )}
      />

      <RowList
        legend="Actors"
        addLabel="Add an actor"
        rows={values.actors}
        onChange={(rows) => set("actors", rows)}
        blank={{ slug: actors[0]?.slug ?? "", role: "participant" } as Values["actors"][number]}
        render={(row, i, update) => (
          <>
            <Cell id={`actor-${i}-slug`} label={`Actor ${i + 1}`} errors={errors?.[`actors.${i}.slug`]}>
              <select id={`actor-${i}-slug`} value={row.slug} onChange={(e) => update({ ...row, slug: e.target.value })} className={inputClass}>
                {actors.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.name}
                  </option>
                ))}
              </select>
            </Cell>
            <Cell id={`actor-${i}-role`} label={`Role of actor ${i + 1}`} errors={errors?.[`actors.${i}.role`]}>
              <select id={`actor-${i}-role`} value={row.role} onChange={(e) => update({ ...row, role: e.target.value as typeof row.role })} className={inputClass}>
                {ACTOR_ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </Cell>
          </>
        )}
      />

      <CitationPicker
        name="citations-input"
        sources={sources}
        errors={errors}
        required={!initial}
        initial={prefill?.citation ? [prefill.citation] : undefined}
        onChange={setCitations}
      />
      <SubmitButton pending={pending}>{initial ? "Save changes" : "Create initiative"}</SubmitButton>
    </form>
  );
}

function Cell({ id, label, errors, children }: { id: string; label: string; errors?: string[]; children: React.ReactNode }) {
  return (
    <div className="flex-1">
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {children}
      <ErrorText id={`${id}-error`} messages={errors} />
    </div>
  );
}
