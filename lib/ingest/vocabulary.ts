// Closed vocabularies of the ingestion pipeline, shared by the schema (pgEnum) and validation (zod).

/** What a suggestion proposes. Each kind has its own payload shape (lib/ingest/payloads.ts). */
export const SUGGESTION_KINDS = ["country", "domain", "initiative-link", "new-initiative", "actor", "milestone", "status-change"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** "edited": accepted after the editor changed what was suggested (date, kind, target initiative …). */
export const SUGGESTION_STATUSES = ["pending", "accepted", "rejected", "edited"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  milestone: "Dated events",
  "status-change": "Status changes",
  "initiative-link": "Initiatives mentioned",
  "new-initiative": "Possible new initiatives",
  country: "Countries",
  domain: "Domains",
  actor: "Actors",
};

/** The order the review page presents them in: the facts first, then the links. */
export const SUGGESTION_KIND_ORDER: SuggestionKind[] = ["status-change", "milestone", "initiative-link", "new-initiative", "country", "domain", "actor"];

export const IMPORT_JOB_STATUSES = ["running", "completed", "failed"] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

export const IMPORT_ROW_OUTCOMES = ["imported", "duplicate", "failed"] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

export const IMPORT_FORMATS = ["jsonl", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
