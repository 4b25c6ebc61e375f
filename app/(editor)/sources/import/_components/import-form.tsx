"use client";
// Upload a JSONL or CSV file of articles. The server parses it, starts the import in the background and answers
// at once with the job; its progress is then polled. The job id goes into the address, so a reload keeps it.
import { type FormEvent, useState } from "react";
import { ErrorText, SelectField } from "@/components/editor/fields";
import { IMPORT_FILE_EXTENSIONS } from "@/lib/ingest/limits";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { ImportProgress } from "./import-progress";
import { readError } from "./use-import-job";

export function ImportForm({ initialJobId, maxBytes }: { initialJobId: number | null; maxBytes: number }) {
  const [jobId, setJobId] = useState<number | null>(initialJobId);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("Choose a .jsonl or .csv file first.");
    if (file.size > maxBytes) return setError(`The file is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${(maxBytes / 1e6).toFixed(0)} MB. Split it into smaller files.`);
    setError(null);
    setSending(true);
    try {
      const response = await fetch("/api/v1/import-jobs", { method: "POST", body: form });
      if (!response.ok) return setError(await readError(response));
      const { data } = (await response.json()) as { data: { id: number } };
      setJobId(data.id);
      window.history.replaceState(null, "", `/sources/import?job=${data.id}`);
    } catch {
      setError("The upload did not reach the server. Check the connection and try again.");
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="space-y-8">
      <form onSubmit={onSubmit} className="max-w-3xl space-y-4 rounded border border-line p-4" noValidate>
        <div>
          <label htmlFor="import-file" className="mb-1 block text-sm font-medium">
            File of articles
          </label>
          <p id="import-file-hint" className="mb-1 text-sm text-muted">
            JSONL (one JSON object per line) or CSV with a header row. Columns: title, publisher, url, published_on, text, and optionally
            language and source_type. Up to {(maxBytes / 1e6).toFixed(0)} MB.
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept={[...IMPORT_FILE_EXTENSIONS, "text/csv", "application/x-ndjson"].join(",")}
            aria-invalid={error ? true : undefined}
            aria-describedby={`import-file-hint${error ? " import-file-error" : ""}`}
            className="text-sm"
          />
          <ErrorText id="import-file-error" messages={error ? [error] : undefined} />
        </div>
        <SelectField
          id="import-source-type"
          name="sourceType"
          label="Type of source, for rows without one"
          defaultValue="other"
          options={SOURCE_TYPES.map((t) => ({ value: t, label: SOURCE_TYPE_LABELS[t] }))}
        />
        <button type="submit" disabled={sending} className="rounded bg-accent px-4 py-2 font-medium text-paper hover:bg-accent-strong disabled:opacity-60">
          {sending ? "Uploading…" : "Start import"}
        </button>
      </form>
      {jobId !== null && <ImportProgress key={jobId} jobId={jobId} />}
    </div>
  );
}
