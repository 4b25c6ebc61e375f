"use client";
// Evidence for a change: one or more citations. For a source whose text we hold, the editor selects the quoted
// passage in the text (mouse, or Shift+arrow keys in the read-only text box) and we store its offsets; for a source
// without text they type the quote, or a note on what the source says.
import { useEffect, useId, useRef, useState } from "react";
import { passageAt } from "@/lib/citations/offsets";
import type { CitationInput } from "@/lib/citations/schemas";
import { ErrorText, type FieldErrors, inputClass } from "./fields";

export type SourceOption = { id: number; title: string; publisher: string; publishedOn: string | null; hasText: boolean };

type Draft = { key: number; sourceId: number | null; quote: string; quoteStart?: number; quoteEnd?: number; note: string };

let nextKey = 1;
const emptyDraft = (sourceId: number | null = null): Draft => ({ key: nextKey++, sourceId, quote: "", note: "" });
const draftOf = (c: CitationInput): Draft => ({ key: nextKey++, sourceId: c.sourceId, quote: c.quote ?? "", quoteStart: c.quoteStart, quoteEnd: c.quoteEnd, note: c.note ?? "" });

export function toCitationInputs(drafts: Draft[]): Partial<CitationInput>[] {
  return drafts.map((d) => ({
    ...(d.sourceId !== null && { sourceId: d.sourceId }),
    ...(d.quote.trim() && { quote: d.quote }),
    ...(d.quoteStart !== undefined && d.quoteEnd !== undefined && { quoteStart: d.quoteStart, quoteEnd: d.quoteEnd }),
    ...(d.note.trim() && { note: d.note.trim() }),
  }));
}

function useSourceText(sourceId: number | null, hasText: boolean) {
  const [state, setState] = useState<{ id: number; text: string | null; failed: boolean } | null>(null);
  useEffect(() => {
    if (sourceId === null || !hasText) return;
    let live = true;
    fetch(`/api/v1/sources/${sourceId}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { fullText?: string | null }) => live && setState({ id: sourceId, text: body.fullText ?? null, failed: false }))
      .catch(() => live && setState({ id: sourceId, text: null, failed: true }));
    return () => {
      live = false;
    };
  }, [sourceId, hasText]);
  if (sourceId === null || !hasText) return { loading: false, text: null, failed: false };
  if (!state || state.id !== sourceId) return { loading: true, text: null, failed: false };
  return { loading: false, text: state.text, failed: state.failed };
}

function CitationRow({
  index,
  draft,
  sources,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  draft: Draft;
  sources: SourceOption[];
  errors: FieldErrors;
  onChange: (d: Draft) => void;
  onRemove?: () => void;
}) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [filter, setFilter] = useState("");
  const [selectionHint, setSelectionHint] = useState<string | null>(null);
  const source = sources.find((s) => s.id === draft.sourceId);
  const { loading, text, failed } = useSourceText(draft.sourceId, source?.hasText ?? false);
  const err = (k: string) => errors?.[`citations.${index}.${k}`];
  const shown = filter ? sources.filter((s) => `${s.title} ${s.publisher}`.toLowerCase().includes(filter.toLowerCase()) || s.id === draft.sourceId) : sources;
  const n = index + 1;

  const quoteSelection = () => {
    const box = textRef.current;
    if (!box || text === null) return;
    if (box.selectionEnd <= box.selectionStart) {
      setSelectionHint("Select the passage in the source text first.");
      return;
    }
    setSelectionHint(null);
    onChange({ ...draft, ...passageAt(text, box.selectionStart, box.selectionEnd) });
  };

  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-medium">Citation {n}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-filter`} className="mb-1 block text-sm font-medium">
            Search sources (citation {n})
          </label>
          <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} className={inputClass} />
        </div>
        <div>
          <label htmlFor={`${id}-source`} className="mb-1 block text-sm font-medium">
            Source (citation {n})
          </label>
          <select
            id={`${id}-source`}
            value={draft.sourceId ?? ""}
            onChange={(e) => onChange({ ...emptyDraft(e.target.value ? Number(e.target.value) : null), key: draft.key })}
            className={inputClass}
            aria-invalid={err("sourceId") ? true : undefined}
            aria-describedby={err("sourceId") ? `${id}-source-error` : undefined}
          >
            <option value="">Choose a source…</option>
            {shown.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} — {s.publisher}
                {s.publishedOn ? `, ${s.publishedOn}` : ""}
                {s.hasText ? "" : " (no stored text)"}
              </option>
            ))}
          </select>
          <ErrorText id={`${id}-source-error`} messages={err("sourceId")} />
        </div>
      </div>

      {source?.hasText && (
        <div className="space-y-2">
          {loading && <p className="text-sm text-muted">Loading the source text…</p>}
          {failed && <p className="text-sm text-muted">The source text could not be loaded; type the quote below instead.</p>}
          {text !== null && (
            <>
              <label htmlFor={`${id}-text`} className="block text-sm font-medium">
                Source text (citation {n}) — select the passage you quote
              </label>
              <textarea id={`${id}-text`} ref={textRef} readOnly value={text.replace(/\r\n/g, "\n")} rows={8} className={`${inputClass} font-serif`} />
              <button type="button" onClick={quoteSelection} className="rounded border border-line px-3 py-1.5 text-sm">
                Quote the selected passage
              </button>
              {selectionHint && <p className="text-sm text-[var(--color-status-stalled)]">{selectionHint}</p>}
            </>
          )}
        </div>
      )}

      {source && (
        <div>
          <label htmlFor={`${id}-quote`} className="mb-1 block text-sm font-medium">
            Quoted passage (citation {n})
          </label>
          <textarea
            id={`${id}-quote`}
            value={draft.quote}
            readOnly={text !== null}
            onChange={(e) => onChange({ ...draft, quote: e.target.value, quoteStart: undefined, quoteEnd: undefined })}
            rows={2}
            className={inputClass}
            aria-invalid={err("quote") ? true : undefined}
            aria-describedby={`${id}-quote-hint${err("quote") ? ` ${id}-quote-error` : ""}`}
          />
          <p id={`${id}-quote-hint`} className="mt-1 text-sm text-muted">
            {text !== null
              ? draft.quoteStart !== undefined
                ? `Characters ${draft.quoteStart}–${draft.quoteEnd} of the source text.`
                : "Select a passage above and press “Quote the selected passage”."
              : "We do not hold this source's text: type the passage exactly as printed."}
          </p>
          <ErrorText id={`${id}-quote-error`} messages={[...(err("quote") ?? []), ...(err("quoteStart") ?? []), ...(err("quoteEnd") ?? [])]} />
        </div>
      )}

      {source && (
        <div>
          <label htmlFor={`${id}-note`} className="mb-1 block text-sm font-medium">
            Note (citation {n}, optional)
          </label>
          <input id={`${id}-note`} value={draft.note} onChange={(e) => onChange({ ...draft, note: e.target.value })} className={inputClass} />
        </div>
      )}

      {onRemove && (
        <button type="button" onClick={onRemove} className="text-sm underline">
          Remove citation {n}
        </button>
      )}
    </fieldset>
  );
}

/** Renders the citations and a hidden `name` input holding them as JSON, in the API's shape. */
export function CitationPicker({
  sources,
  errors,
  name = "citations",
  required = true,
  initial,
  onChange,
}: {
  sources: SourceOption[];
  errors: FieldErrors;
  name?: string;
  required?: boolean;
  /** Citations to start from (editing a milestone: they are replaced by what the form holds). */
  initial?: CitationInput[];
  onChange?: (citations: Partial<CitationInput>[]) => void;
}) {
  const [drafts, setDrafts] = useState<Draft[]>(() => (initial?.length ? initial.map(draftOf) : required ? [emptyDraft()] : []));
  const update = (next: Draft[]) => {
    setDrafts(next);
    onChange?.(toCitationInputs(next));
  };
  const listErrors = errors?.[name];
  return (
    <div className="space-y-3" role="group" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`} className="text-lg font-semibold">
        Evidence{required ? " (at least one citation)" : " (optional)"}
      </h2>
      <ErrorText id={`${name}-error`} messages={listErrors} />
      {drafts.map((draft, i) => (
        <CitationRow
          key={draft.key}
          index={i}
          draft={draft}
          sources={sources}
          errors={errors}
          onChange={(d) => update(drafts.map((x) => (x.key === d.key ? d : x)))}
          onRemove={drafts.length > 1 || !required ? () => update(drafts.filter((x) => x.key !== draft.key)) : undefined}
        />
      ))}
      <button type="button" onClick={() => update([...drafts, emptyDraft()])} className="rounded border border-line px-3 py-1.5 text-sm">
        Add {drafts.length ? "another" : "a"} citation
      </button>
      <input type="hidden" name={name} value={JSON.stringify(toCitationInputs(drafts))} />
    </div>
  );
}
