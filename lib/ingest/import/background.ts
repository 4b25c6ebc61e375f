// Imports started from the UI run in the server process after the upload's response: the page polls the job's
// progress (GET /api/v1/import-jobs/{id}). A server stop mid-way leaves whole articles only (each is one
// transaction) and a job whose heartbeat stops, shown as interrupted; re-uploading the file imports the rest.
import type { Db } from "@/db/client";
import type { ImportJob } from "@/db/schema";
import type { AuditActor } from "@/lib/audit/write";
import type { ParsedImport } from "./parse";
import { createImportJob, runImportJob } from "./run";

const globalForJobs = globalThis as unknown as { __trackerImportJobs?: Set<Promise<void>> };
const running = () => (globalForJobs.__trackerImportJobs ??= new Set());

export async function startImportJob(db: Db, actor: AuditActor, fileName: string, parsed: ParsedImport): Promise<ImportJob> {
  const job = await createImportJob(db, actor, fileName, parsed);
  // runImportJob never rejects (it records its own failure), so nothing here can become an unhandled rejection.
  const work = runImportJob(db, actor, job, parsed.rows).finally(() => running().delete(work));
  running().add(work);
  return job;
}

/** Resolves when every import started in this process has finished (tests, graceful shutdown). */
export async function settleImportJobs(): Promise<void> {
  while (running().size) await Promise.allSettled([...running()]);
}
