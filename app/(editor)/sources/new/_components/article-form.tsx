"use client";
// Add an article: paste its text or read a file (the server extracts an HTML page's main text with Readability
// and sends it back here to check), give its details, and store it; its suggestions then wait on the review page.
// The language is detected as the text is typed (the detector is loaded on first use, not with the page).
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState, useTransition } from "react";
import { ErrorText, FormMessage, inputClass, SelectField, TextField } from "@/components/editor/fields";
import { languageName } from "@/components/initiatives/language-name";
import type { FormState } from "@/lib/auth/action";
import { addArticleAction } from "@/lib/ingest/actions";
import { ARTICLE_FILE_EXTENSIONS, MAX_ARTICLE_CHARS, MAX_ARTICLE_FILE_BYTES } from "@/lib/ingest/limits";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES } from "@/lib/vocabulary/misc";

const LANGUAGES = ["en", "de", "zh", "vi", "th", "id", "ms", "tl", "km", "lo", "my", "fr", "es", "ru", "ja", "ko"];
const LABELS = { text: "Text", file: "File", title: "Title", publisher: "Publisher", url: "Address (URL)", publishedOn: "Published", language: "Language", sourceType: "Type of source" };
const IDLE: FormState = { status: "idle" };

function useDetectedLanguage(text: string): string | null {
  const [detected, setDetected] = useState<string | null>(null);
  useEffect(() => {
    if (text.trim().length < 20) return;
    let live = true;
    const timer = setTimeout(() => {
      void import("@/lib/ingest/extract/language").then(({ detectLanguage }) => {
        const code = detectLanguage(text.slice(0, 5000));
        if (live) setDetected(/^[a-z]{2}$/.test(code) ? code : null);
      });
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  return text.trim().length < 20 ? null : detected;
}

export function ArticleForm() {
  const [saveState, dispatch, saving] = useActionState(addArticleAction, IDLE);
  const [readState, setReadState] = useState<FormState>(IDLE);
  const [reading, startReading] = useTransition();
  const [lastIntent, setLastIntent] = useState<"read" | "save">("save");
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [language, setLanguage] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const detected = useDetectedLanguage(text);
  const state = lastIntent === "read" ? readState : saveState;
  const pending = saving || reading;
  const errors = state.status === "error" ? state.fieldErrors : undefined;

  // Reading a file stores nothing: the server's reading of it comes back into the fields, for the editor to check.
  const readFile = (formData: FormData) =>
    startReading(async () => {
      const result = await addArticleAction(IDLE, formData);
      setReadState(result);
      if (result.status !== "success" || !result.data) return;
      const data = result.data as { text?: string; title?: string | null; language?: string | null };
      if (typeof data.text === "string") setText(data.text);
      if (data.title) setTitle((current) => current || data.title!);
      if (data.language && LANGUAGES.includes(data.language)) setLanguage(data.language);
      if (fileRef.current) fileRef.current.value = "";
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const file = fileRef.current?.files?.[0];
    if (file && file.size > MAX_ARTICLE_FILE_BYTES) {
      setFileError(`The file is ${Math.ceil(file.size / 1000).toLocaleString("en")} kB; the limit is ${MAX_ARTICLE_FILE_BYTES / 1000} kB. Save the article as text, or paste it.`);
      return;
    }
    setFileError(null);
    const formData = new FormData(event.currentTarget, submitter);
    const intent = formData.get("intent") === "read" ? "read" : "save";
    setLastIntent(intent);
    if (intent === "read") readFile(formData);
    else startTransition(() => dispatch(formData));
  };

  const fileMessages = fileError ? [fileError] : errors?.file;
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      <FormMessage state={state} labels={LABELS} />
      <fieldset className="space-y-4 rounded border border-line p-4">
        <legend className="px-1 font-medium">The article</legend>
        <div>
          <label htmlFor="field-text" className="mb-1 block text-sm font-medium">
            Text
          </label>
          <p id="field-text-hint" className="mb-1 text-sm text-muted">
            Paste the article (up to {MAX_ARTICLE_CHARS.toLocaleString("en")} characters). Page furniture such as share buttons and
            cookie notices is ignored by the extraction, but the text is stored as you leave it here.
          </p>
          <textarea
            id="field-text"
            name="text"
            rows={14}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className={inputClass}
            aria-invalid={errors?.text?.length ? true : undefined}
            aria-describedby={`field-text-hint${errors?.text?.length ? " field-text-error" : ""}`}
          />
          <ErrorText id="field-text-error" messages={errors?.text} />
          <p className="mt-1 text-sm text-muted" aria-live="polite">
            {text.length.toLocaleString("en")} characters
          </p>
        </div>
        <div>
          <label htmlFor="field-file" className="mb-1 block text-sm font-medium">
            Or upload a file
          </label>
          <p id="field-file-hint" className="mb-1 text-sm text-muted">
            {ARTICLE_FILE_EXTENSIONS.join(", ")}, up to {MAX_ARTICLE_FILE_BYTES / 1000} kB, UTF-8. From a web page we keep its main text only. Read it
            first to check the text, or add it directly.
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <input
              ref={fileRef}
              id="field-file"
              name="file"
              type="file"
              accept={[...ARTICLE_FILE_EXTENSIONS, "text/plain", "text/markdown", "text/html"].join(",")}
              aria-invalid={fileMessages?.length ? true : undefined}
              aria-describedby={`field-file-hint${fileMessages?.length ? " field-file-error" : ""}`}
              className="text-sm"
            />
            <button type="submit" name="intent" value="read" disabled={pending} className="rounded border border-line px-3 py-1.5 text-sm disabled:opacity-60">
              Read the file
            </button>
          </div>
          <ErrorText id="field-file-error" messages={fileMessages} />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-line p-4">
        <legend className="px-1 font-medium">Details</legend>
        <TextField name="title" label="Title" errors={errors} value={title} onChange={(e) => setTitle(e.target.value)} required autoComplete="off" />
        <TextField name="publisher" label="Publisher" hint="The outlet or institution, e.g. Xinhua, ASEAN Secretariat." errors={errors} required autoComplete="off" />
        <TextField name="url" label="Address (URL)" hint="Optional. The same address is never stored twice." type="url" errors={errors} autoComplete="off" />
        <TextField name="publishedOn" label="Published" hint="2025-09-18, or 2025-09 or 2025 when that is all the source says. Anchors “last Tuesday” and dates without a year." errors={errors} autoComplete="off" />
        <SelectField
          name="language"
          label="Language"
          hint={detected ? `Detected from the text: ${languageName(detected)}.` : "Detected from the text when left on automatic."}
          errors={errors}
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          options={[{ value: "", label: detected ? `Automatic (${languageName(detected)})` : "Automatic" }, ...LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))]}
        />
        <SelectField
          name="sourceType"
          label="Type of source"
          errors={errors}
          defaultValue=""
          placeholder="Choose…"
          options={SOURCE_TYPES.map((t) => ({ value: t, label: SOURCE_TYPE_LABELS[t] }))}
          required
        />
      </fieldset>
      <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-accent px-4 py-2 font-medium text-paper hover:bg-accent-strong disabled:opacity-60">
        {pending ? "Working…" : "Add article and extract suggestions"}
      </button>
    </form>
  );
}
