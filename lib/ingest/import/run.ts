// Running a bulk import. Each article is its own transaction — its source, its suggestions, its audit entry, its
// row outcome and the job's counters commit together — so a crash mid-way leaves whole articles or nothing of
// them, and counters that match the rows. Re-running a file imports nothing twice: every article already stored
// (same canonical URL, same text or nearly the same text) is counted as a duplicate pointing at the existing source.
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { type ImportJob, importJobRows, importJobs } from "@/db/schema";
import { type AuditActor, writeAudit } from "@/lib/audit/write";
import { AppError } from "@/lib/errors";
import { duplicateReason } from "../duplicates";
import { articleIdentity, findExistingSource, prepareArticle, storeArticle } from "../mutations";
import type { ImportRowOutcome } from "../vocabulary";
import type { ImportRow, ParsedImport } from "./parse";

export async function createImportJob(db: Db, actor: AuditActor, fileName: string, parsed: ParsedImport): Promise<ImportJob> {
  return db.transaction(async (tx) => {
    const [job] = await tx
      .insert(importJobs)
      .values({ format: parsed.format, fileName: fileName.slice(0, 300) || "upload", totalRows: parsed.rows.length, createdById: actor?.userId ?? null })
      .returning();
    await writeAudit(tx, actor, {
      action: "import.start",
      entityType: "import-job",
      entityId: job!.id,
      before: null,
      after: { fileName: job!.fileName, format: job!.format, totalRows: job!.totalRows, invalidRows: parsed.rows.filter((r) => !r.ok).length },
    });
    return job!;
  });
}

async function recordRow(tx: DbOrTx, jobId: number, row: RowResult): Promise<void> {
  await tx.insert(importJobRows).values({ jobId, rowNumber: row.rowNumber, outcome: row.outcome, sourceId: row.sourceId, reason: row.reason });
  const counters =
    row.outcome === "imported"
      ? { importedCount: sql`${importJobs.importedCount} + 1` }
      : row.outcome === "duplicate"
        ? { duplicateCount: sql`${importJobs.duplicateCount} + 1` }
        : { failedCount: sql`${importJobs.failedCount} + 1` };
  await tx
    .update(importJobs)
    .set({ ...counters, updatedAt: new Date() })
    .where(eq(importJobs.id, jobId));
}

/** Expected failures say what is wrong with the row; unexpected ones are logged and reported generically. */
function reasonOf(error: unknown): string {
  if (error instanceof AppError) {
    const fields = (error.details as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
    return fields ? Object.values(fields).flat().join(" ") : error.message;
  }
  console.error("[import] unexpected error in a row:", error);
  return "Could not be imported because of an error on our side (the server log has the details). Re-run the import to retry it.";
}

export type RowResult = { rowNumber: number; outcome: ImportRowOutcome; sourceId: number | null; reason: string | null };

export async function importRow(db: Db, actor: AuditActor, jobId: number, row: ImportRow): Promise<RowResult> {
  const fail = async (reason: string): Promise<RowResult> => {
    const result: RowResult = { rowNumber: row.rowNumber, outcome: "failed", sourceId: null, reason };
    await db.transaction((tx) => recordRow(tx, jobId, result));
    return result;
  };
  if (!row.ok) return fail(row.reason);
  try {
    // A cheap duplicate check first, so a re-run does not pay for extraction; storeArticle checks again.
    const existing = await findExistingSource(db, articleIdentity(row.article));
    // A source held by address only is completed by the article's text (storeArticle decides), so it is prepared.
    const completes = existing?.matchedBy === "url" && !existing.hasText;
    const prepared = existing && !completes ? null : await prepareArticle(db, row.article);
    return await db.transaction(async (tx) => {
      // The page cache holds this article's new source back until the job ends (runImportJob): one invalidation per
      // import, not one per article (ARCHITECTURE P6).
      await tx.execute(sql`select set_config('tracker.change_batch', ${importBatch(jobId)}, true)`);
      const stored = prepared ? await storeArticle(tx, actor, prepared, "import") : { created: false as const, source: existing!.source, matchedBy: existing!.matchedBy };
      const result: RowResult = stored.created
        ? { rowNumber: row.rowNumber, outcome: "imported", sourceId: stored.source.id, reason: stored.textAdded ? `Text added to source ${stored.source.id}, which was held by its address only.` : null }
        : { rowNumber: row.rowNumber, outcome: "duplicate", sourceId: stored.source.id, reason: duplicateReason(stored.source, stored.matchedBy) };
      await recordRow(tx, jobId, result);
      return result;
    });
  } catch (error) {
    return fail(reasonOf(error));
  }
}

const importBatch = (jobId: number) => `import-${jobId}`;

/**
 * Imports every row in order, then closes the job. A fatal error (the database gone) marks the job failed. Either
 * way the job's end is recorded as one change, which releases its new sources to the page cache at once.
 */
export async function runImportJob(db: Db, actor: AuditActor, job: Pick<ImportJob, "id">, rows: ImportRow[], onRow?: (row: RowResult) => void): Promise<void> {
  try {
    await importRows(db, actor, job, rows, onRow);
  } finally {
    await db.execute(sql`select note_batch_end(${importBatch(job.id)})`).catch((error) => console.error(`[import] job ${job.id}: its end was not recorded:`, error));
  }
}

async function importRows(db: Db, actor: AuditActor, job: Pick<ImportJob, "id">, rows: ImportRow[], onRow?: (row: RowResult) => void): Promise<void> {
  try {
    for (const row of rows) {
      const result = await importRow(db, actor, job.id, row);
      onRow?.(result);
    }
    await db.update(importJobs).set({ status: "completed", finishedAt: new Date(), updatedAt: new Date() }).where(and(eq(importJobs.id, job.id), eq(importJobs.status, "running")));
  } catch (error) {
    console.error(`[import] job ${job.id} stopped:`, error);
    await db
      .update(importJobs)
      .set({ status: "failed", error: "The import stopped because of an error on our side. Articles imported so far are kept; re-run the file to import the rest.", finishedAt: new Date(), updatedAt: new Date() })
      .where(eq(importJobs.id, job.id))
      .catch(() => {});
  }
}
