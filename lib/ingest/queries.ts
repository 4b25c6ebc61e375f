// Reads for the review queue and the import progress. The queue lists only sources with pending suggestions.
import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import { actors, importJobRows, importJobs, initiatives, sources, suggestions, users } from "@/db/schema";
import type { PartialDate } from "@/lib/dates/partial-date";
import type { SourceType } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import { parsePayload, type TypedPayload } from "./payloads";
import { type ImportRowOutcome, SUGGESTION_KIND_ORDER, type SuggestionKind, type SuggestionStatus } from "./vocabulary";

export const QUEUE_PAGE_SIZE = 50;

export type QueueItem = {
  sourceId: number;
  title: string;
  publisher: string;
  language: string;
  published: PartialDate | null;
  addedAt: string;
  pending: number;
  byKind: Partial<Record<SuggestionKind, number>>;
};

export async function findReviewQueue(db: DbOrTx, page = 1): Promise<{ items: QueueItem[]; total: number; page: number; pageSize: number }> {
  // Per-kind counts need a second grouping: one SQL statement is clearer than nested builders.
  const list = await queryRows<Record<string, unknown>>(db, sql`
    with p as (
      select source_id, kind, count(*)::int as n, max(created_at) as latest
      from suggestions where status = 'pending' group by source_id, kind
    ), s as (
      select source_id, sum(n)::int as pending, jsonb_object_agg(kind, n) as by_kind, max(latest) as latest
      from p group by source_id
    )
    select so.id as "sourceId", so.title, so.publisher, so.language, so.published_on as "publishedOn",
           so.published_precision as "publishedPrecision", so.created_at as "addedAt", s.pending, s.by_kind as "byKind",
           count(*) over ()::int as total
    from s join sources so on so.id = s.source_id
    order by s.latest desc, so.id desc
    limit ${QUEUE_PAGE_SIZE} offset ${(page - 1) * QUEUE_PAGE_SIZE}`);
  const items: QueueItem[] = list.map((r) => ({
    sourceId: Number(r.sourceId),
    title: String(r.title),
    publisher: String(r.publisher),
    language: String(r.language),
    published: r.publishedOn ? { date: String(r.publishedOn).slice(0, 10), precision: r.publishedPrecision as PartialDate["precision"] } : null,
    addedAt: new Date(r.addedAt as string).toISOString(),
    pending: Number(r.pending),
    byKind: (typeof r.byKind === "string" ? JSON.parse(r.byKind) : r.byKind) as QueueItem["byKind"],
  }));
  return { items, total: Number(list[0]?.total ?? 0), page, pageSize: QUEUE_PAGE_SIZE };
}

export type SuggestionView = {
  id: number;
  kind: SuggestionKind;
  typed: TypedPayload | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  confidence: number;
  status: SuggestionStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  result: Record<string, unknown> | null;
};

export type ReviewSource = {
  id: number;
  title: string;
  publisher: string;
  url: string | null;
  language: string;
  sourceType: SourceType;
  published: PartialDate | null;
  fullText: string | null;
  suggestions: SuggestionView[];
};

export async function getReviewSource(db: DbOrTx, sourceId: number): Promise<ReviewSource | null> {
  const [source] = await db.select().from(sources).where(eq(sources.id, sourceId));
  if (!source) return null;
  const rows = await db
    .select({ s: suggestions, reviewer: users.name })
    .from(suggestions)
    .leftJoin(users, eq(users.id, suggestions.reviewedById))
    .where(eq(suggestions.sourceId, sourceId))
    .orderBy(asc(suggestions.quoteStart), asc(suggestions.id));
  const order = (k: SuggestionKind) => SUGGESTION_KIND_ORDER.indexOf(k);
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    language: source.language,
    sourceType: source.sourceType,
    published: source.publishedOn && source.publishedPrecision ? { date: source.publishedOn, precision: source.publishedPrecision } : null,
    fullText: source.fullText,
    suggestions: rows
      .map(({ s, reviewer }) => ({
        id: s.id,
        kind: s.kind,
        typed: parsePayload(s.kind, s.payload),
        quote: s.quote,
        quoteStart: s.quoteStart,
        quoteEnd: s.quoteEnd,
        confidence: s.confidence,
        status: s.status,
        reviewedBy: reviewer,
        reviewedAt: s.reviewedAt?.toISOString() ?? null,
        result: s.result,
      }))
      .sort((a, b) => order(a.kind) - order(b.kind)),
  };
}

export type Option = { slug: string; name: string };

/** Every initiative and actor an accepted suggestion may point to, for the review form's pickers. */
export async function getReviewOptions(db: DbOrTx): Promise<{ initiatives: Option[]; actors: Option[] }> {
  const [i, a] = await Promise.all([
    db.select({ slug: initiatives.slug, name: initiatives.name }).from(initiatives).orderBy(asc(initiatives.name)),
    db.select({ slug: actors.slug, name: actors.name }).from(actors).orderBy(asc(actors.name)),
  ]);
  return { initiatives: i, actors: a };
}

export type InitiativeState = { slug: string; name: string; status: Status; version: number };

/** The status and version a status-change suggestion is reviewed against (the version is sent with the decision). */
export async function getInitiativeStates(db: DbOrTx, slugs: string[]): Promise<Map<string, InitiativeState>> {
  if (!slugs.length) return new Map();
  const rows = await db
    .select({ slug: initiatives.slug, name: initiatives.name, status: initiatives.status, version: initiatives.version })
    .from(initiatives)
    .where(inArray(initiatives.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r]));
}

/** Minutes without a processed row after which a running job is reported as interrupted. */
const STALLED_AFTER_MS = 2 * 60_000;
const ROW_LIST_LIMIT = 500;

export type ImportJobView = {
  id: number;
  status: "running" | "completed" | "failed" | "interrupted";
  fileName: string;
  format: string;
  totalRows: number;
  processedRows: number;
  imported: number;
  duplicates: number;
  failed: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** Up to 500 of each, in row order. */
  rows: Record<ImportRowOutcome, { rowNumber: number; sourceId: number | null; reason: string | null }[]>;
};

export async function getImportJob(db: DbOrTx, id: number): Promise<ImportJobView | null> {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, id));
  if (!job) return null;
  const rowsOf = (outcome: ImportRowOutcome) =>
    db
      .select({ rowNumber: importJobRows.rowNumber, sourceId: importJobRows.sourceId, reason: importJobRows.reason })
      .from(importJobRows)
      .where(and(eq(importJobRows.jobId, id), eq(importJobRows.outcome, outcome)))
      .orderBy(asc(importJobRows.rowNumber))
      .limit(ROW_LIST_LIMIT);
  const [imported, duplicate, failed] = await Promise.all([rowsOf("imported"), rowsOf("duplicate"), rowsOf("failed")]);
  const stalled = job.status === "running" && Date.now() - job.updatedAt.getTime() > STALLED_AFTER_MS;
  return {
    id: job.id,
    status: stalled ? "interrupted" : job.status,
    fileName: job.fileName,
    format: job.format,
    totalRows: job.totalRows,
    processedRows: job.importedCount + job.duplicateCount + job.failedCount,
    imported: job.importedCount,
    duplicates: job.duplicateCount,
    failed: job.failedCount,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    rows: { imported, duplicate, failed },
  };
}

/** The latest imports, newest first, for the import page. */
export async function findRecentImportJobs(db: DbOrTx, limit = 10) {
  return db
    .select({ id: importJobs.id, fileName: importJobs.fileName, status: importJobs.status, totalRows: importJobs.totalRows, createdAt: importJobs.createdAt })
    .from(importJobs)
    .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
    .limit(limit);
}
