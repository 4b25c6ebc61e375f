// Labelled form controls that show their own errors (aria-invalid + aria-describedby), and the summary box that
// lists every error of a submission. Plain elements, usable with the keyboard and a screen reader.
import type { ComponentProps, ReactNode } from "react";

export type FieldErrors = Record<string, string[]> | undefined;

export const inputClass =
  "w-full rounded border border-line bg-paper px-2 py-1.5 text-ink aria-[invalid=true]:border-[var(--color-status-stalled)]";

export function ErrorText({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-[var(--color-status-stalled)]">
      {messages.join(" ")}
    </p>
  );
}

type FieldProps = { name: string; label: ReactNode; hint?: ReactNode; errors?: FieldErrors; errorKey?: string; id?: string };

function describedBy(id: string, hint: ReactNode, messages: string[] | undefined) {
  return [hint ? `${id}-hint` : "", messages?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

function Shell({ id, label, hint, messages, children }: { id: string; label: ReactNode; hint?: ReactNode; messages?: string[]; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      <ErrorText id={`${id}-error`} messages={messages} />
    </div>
  );
}

export function TextField({ name, label, hint, errors, errorKey, id, ...rest }: FieldProps & Omit<ComponentProps<"input">, "name" | "id">) {
  const fieldId = id ?? `field-${name}`;
  const messages = errors?.[errorKey ?? name];
  return (
    <Shell id={fieldId} label={label} hint={hint} messages={messages}>
      <input id={fieldId} name={name} className={inputClass} aria-invalid={messages?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint, messages)} {...rest} />
    </Shell>
  );
}

export function TextArea({ name, label, hint, errors, errorKey, id, ...rest }: FieldProps & Omit<ComponentProps<"textarea">, "name" | "id">) {
  const fieldId = id ?? `field-${name}`;
  const messages = errors?.[errorKey ?? name];
  return (
    <Shell id={fieldId} label={label} hint={hint} messages={messages}>
      <textarea id={fieldId} name={name} className={inputClass} aria-invalid={messages?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint, messages)} {...rest} />
    </Shell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  errorKey,
  id,
  options,
  placeholder,
  ...rest
}: FieldProps & Omit<ComponentProps<"select">, "name" | "id"> & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const fieldId = id ?? `field-${name}`;
  const messages = errors?.[errorKey ?? name];
  return (
    <Shell id={fieldId} label={label} hint={hint} messages={messages}>
      <select id={fieldId} name={name} className={inputClass} aria-invalid={messages?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint, messages)} {...rest}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

const CITATION_FIELDS: Record<string, string> = { sourceId: "source", quote: "quoted passage", quoteStart: "passage start", quoteEnd: "passage end", note: "note" };

/** "citations.0.sourceId" → "Citation 1, source"; other keys through `labels`, else as they are. */
export function fieldLabel(key: string, labels: Record<string, string>): string {
  const m = /^citations\.(\d+)\.(\w+)$/.exec(key);
  if (m) return `Citation ${Number(m[1]) + 1}, ${CITATION_FIELDS[m[2]!] ?? m[2]}`;
  return labels[key] ?? key;
}

/** The outcome of a submission: success as a status message, errors as an alert listing every field. */
export function FormMessage({ state, labels = {} }: { state: { status: string; message?: string; fieldErrors?: Record<string, string[]> }; labels?: Record<string, string> }) {
  if (state.status === "success") {
    return (
      <p role="status" className="rounded border border-[var(--color-status-operational)] p-3 text-sm">
        {state.message}
      </p>
    );
  }
  if (state.status !== "error") return null;
  const entries = Object.entries(state.fieldErrors ?? {});
  return (
    <div role="alert" className="rounded border border-[var(--color-status-stalled)] p-3 text-sm">
      <p className="font-medium">{state.message}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {entries.map(([field, messages]) => (
            <li key={field}>
              {field === "_" ? "" : `${fieldLabel(field, labels)}: `}
              {messages.join(" ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-medium text-paper hover:bg-accent-strong disabled:opacity-60">
      {pending ? "Working…" : children}
    </button>
  );
}
