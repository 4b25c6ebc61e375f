// Size and type limits of ingestion, shared by the server code and the forms (which check before uploading).

/** The longest article text we extract from or store, in characters (a long report chapter; ~600 kB of Chinese). */
export const MAX_ARTICLE_CHARS = 200_000;
/** The shortest text worth extracting from: a headline alone is not an article. */
export const MIN_ARTICLE_CHARS = 20;

// Server actions read at most 1 MB per request (the Next.js default, kept on purpose): the file must fit with the form.
export const MAX_ARTICLE_FILE_BYTES = 900_000;
export const ARTICLE_FILE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

/** Bulk imports: the whole file (MAX_UPLOAD_BYTES, lib/env.ts) and its number of articles. */
export const MAX_IMPORT_ROWS = 5000;
export const IMPORT_FILE_EXTENSIONS = [".jsonl", ".ndjson", ".csv"] as const;
