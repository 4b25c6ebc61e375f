// Article ingestion: suggestions extracted from stored articles, waiting for an editor, and bulk-import jobs.
// Nothing here is tracked data: a suggestion reaches initiatives, milestones and citations only when accepted.
import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { IMPORT_FORMATS, IMPORT_JOB_STATUSES, IMPORT_ROW_OUTCOMES, SUGGESTION_KINDS, SUGGESTION_STATUSES } from "@/lib/ingest/vocabulary";
import { sources } from "./tracker";
import { users } from "./users";

export const suggestionKindEnum = pgEnum("suggestion_kind", SUGGESTION_KINDS);
export const suggestionStatusEnum = pgEnum("suggestion_status", SUGGESTION_STATUSES);
export const importJobStatusEnum = pgEnum("import_job_status", IMPORT_JOB_STATUSES);
export const importRowOutcomeEnum = pgEnum("import_row_outcome", IMPORT_ROW_OUTCOMES);
export const importFormatEnum = pgEnum("import_format", IMPORT_FORMATS);

/**
 * One extracted fact about one stored source, with its evidence. `quote` is the passage a citation would quote
 * (the sentence around the match); INVARIANT: sources.full_text.slice(quote_start, quote_end) = quote.
 */
export const suggestions = pgTable(
  "suggestions",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    kind: suggestionKindEnum().notNull(),
    /** Kind-specific: { code } · { slug } · { slug, name } · { name } · { date, precision, resolved } …; see lib/ingest/payloads.ts. */
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    quote: text().notNull(),
    quoteStart: integer().notNull(),
    quoteEnd: integer().notNull(),
    confidence: doublePrecision().notNull().default(1),
    status: suggestionStatusEnum().notNull().default("pending"),
    reviewedById: text().references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp({ withTimezone: true }),
    /** What the decision created (milestone, citation, link), for the record. */
    result: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("suggestions_source_status_idx").on(t.sourceId, t.status),
    index("suggestions_status_idx").on(t.status),
    check("suggestions_offsets", sql`${t.quoteStart} >= 0 and ${t.quoteEnd} > ${t.quoteStart}`),
    check("suggestions_confidence", sql`${t.confidence} >= 0 and ${t.confidence} <= 1`),
    check("suggestions_reviewed", sql`(${t.status} = 'pending') = (${t.reviewedAt} is null)`),
  ],
);

/** A bulk import of articles (JSONL or CSV), from the UI or `npm run import`. Counters move with each row. */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    status: importJobStatusEnum().notNull().default("running"),
    format: importFormatEnum().notNull(),
    fileName: text().notNull(),
    totalRows: integer().notNull(),
    importedCount: integer().notNull().default(0),
    duplicateCount: integer().notNull().default(0),
    failedCount: integer().notNull().default(0),
    /** Null for the command-line import. */
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    /** A fatal error that stopped the job (a row's own failure is in import_job_rows). */
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Touched with every row: a running job whose heartbeat stopped was interrupted. */
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("import_jobs_created_idx").on(t.createdAt)],
);

/** The outcome of one row, written in the same transaction as the article it imported. */
export const importJobRows = pgTable(
  "import_job_rows",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    jobId: integer()
      .notNull()
      .references(() => importJobs.id, { onDelete: "cascade" }),
    /** 1-based: the JSONL line, or the CSV record after the header. */
    rowNumber: integer().notNull(),
    outcome: importRowOutcomeEnum().notNull(),
    /** The imported source, or the existing one a duplicate matched. */
    sourceId: integer().references(() => sources.id, { onDelete: "set null" }),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("import_job_rows_job_row_idx").on(t.jobId, t.rowNumber)],
);

export type Suggestion = typeof suggestions.$inferSelect;
export type NewSuggestion = typeof suggestions.$inferInsert;
export type ImportJob = typeof importJobs.$inferSelect;
export type ImportJobRow = typeof importJobRows.$inferSelect;
