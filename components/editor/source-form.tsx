"use client";
import Link from "next/link";
import { createSourceAction } from "@/lib/sources/actions";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "./fields";
import { useEditorForm } from "./use-editor-form";

const LABELS = { url: "Address", title: "Title", publisher: "Publisher", publishedOn: "Published", language: "Language", sourceType: "Kind of source", fullText: "Text" };

export function SourceForm() {
  const { state, pending, onSubmit } = useEditorForm(createSourceAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const sourceId = state.status === "success" ? state.data?.sourceId : undefined;
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      <FormMessage state={state} labels={LABELS} />
      {sourceId !== undefined && (
        <p>
          <Link href={`/sources/${String(sourceId)}`}>Open the source</Link>
        </p>
      )}
      <TextField name="url" type="url" label="Address (URL)" hint="Give the address, the text, or both." errors={errors} />
      <TextField name="title" label="Title" errors={errors} required />
      <TextField name="publisher" label="Publisher" errors={errors} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="publishedOn" label="Published" hint="2025, 2025-04 or 2025-04-02" errors={errors} autoComplete="off" />
        <TextField name="language" label="Language" hint="Two-letter code: en, zh, de…" errors={errors} defaultValue="en" required />
        <SelectField
          name="sourceType"
          label="Kind of source"
          errors={errors}
          defaultValue=""
          placeholder="Choose…"
          options={SOURCE_TYPES.map((t) => ({ value: t, label: SOURCE_TYPE_LABELS[t] }))}
          required
        />
      </div>
      <TextArea name="fullText" label="Text of the article" hint="Paste the full text if we may store it: citations then quote passages of it." errors={errors} rows={12} />
      <SubmitButton pending={pending}>Add source</SubmitButton>
    </form>
  );
}
