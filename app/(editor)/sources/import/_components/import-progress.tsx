"use client";
import Link from "next/link";
import type { ImportJobView } from "@/lib/ingest/queries";
import { useImportJob } from "./use-import-job";

const STATUS_TEXT: Record<ImportJobView["status"], string> = {
  running: "Importing…",
  completed: "Finished.",
  failed: "Stopped by an error.",
  interrupted: "Interrupted (the server stopped). Upload the file again: articles already imported are recognised as duplicates.",
};

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded border border-line px-3 py-2">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/** The job's progress bar, its counts and every row's outcome, refreshed while it runs. */
export function ImportProgress({ jobId }: { jobId: number }) {
  const { data: job, error, isPending } = useImportJob(jobId);
  if (isPending) return <p role="status">Loading the import’s progress…</p>;
  if (error || !job) return <p role="alert">The import’s progress could not be loaded: {error?.message ?? "unknown error"}</p>;
  const percent = job.totalRows ? Math.round((job.processedRows / job.totalRows) * 100) : 100;
  return (
    <section aria-labelledby="progress-heading" className="space-y-4">
      <h2 id="progress-heading" className="text-2xl font-semibold">
        Import of “{job.fileName}”
      </h2>
      <div>
        <label htmlFor="import-progress" className="mb-1 block text-sm font-medium">
          {job.processedRows} of {job.totalRows} rows processed ({percent} %)
        </label>
        <progress id="import-progress" max={job.totalRows} value={job.processedRows} className="h-3 w-full max-w-xl accent-[var(--color-accent)]" />
      </div>
      <p role="status" className="text-sm">
        {STATUS_TEXT[job.status]}
        {job.error && ` ${job.error}`}
      </p>
      <dl className="grid max-w-xl grid-cols-3 gap-3">
        <Count label="Imported" value={job.imported} />
        <Count label="Duplicates" value={job.duplicates} />
        <Count label="Failed" value={job.failed} />
      </dl>
      {job.rows.failed.length > 0 && (
        <table className="w-full max-w-4xl text-sm">
          <caption className="mb-2 text-left font-medium">Rows that failed, and why</caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-1 pr-3 font-medium">Row</th>
              <th scope="col" className="py-1 font-medium">Reason</th>
            </tr>
          </thead>
          <tbody>
            {job.rows.failed.map((r) => (
              <tr key={r.rowNumber} className="border-b border-line/60 align-top">
                <td className="py-1 pr-3 tabular-nums">{r.rowNumber}</td>
                <td className="py-1">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {job.rows.duplicate.length > 0 && (
        <div className="text-sm">
          <h3 className="font-medium">Already stored</h3>
          <ul className="mt-1 list-disc pl-5">
            {job.rows.duplicate.map((r) => (
              <li key={r.rowNumber}>
                Row {r.rowNumber}: {r.reason}{" "}
                {r.sourceId !== null && <Link href={`/review/${r.sourceId}`} className="underline">
                    Open source {r.sourceId}
                  </Link>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {job.rows.imported.length > 0 && (
        <div className="text-sm">
          <h3 className="font-medium">Imported, waiting for review</h3>
          <ul className="mt-1 list-disc pl-5">
            {job.rows.imported.map((r) => (
              <li key={r.rowNumber}>
                Row {r.rowNumber}:{" "}
                <Link href={`/review/${r.sourceId}`} className="underline">
                  review source {r.sourceId}
                </Link>
                {r.reason && <span className="text-muted"> ({r.reason})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
