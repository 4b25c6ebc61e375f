// A bulk-import file → one entry per article, each valid or carrying the reason it is not. JSONL: one JSON object
// per line (row number = line number). CSV: a header row, then one article per record (row number = record number
// after the header); fields with commas, quotes or line breaks are quoted as RFC 4180 says. Columns: title,
// publisher, url, published_on, text, and optionally language and source_type.
import Papa from "papaparse";
import { AppError } from "@/lib/errors";
import type { SourceType } from "@/lib/vocabulary/misc";
import { type ArticleInput, articleInputSchema } from "../schemas";
import { MAX_IMPORT_ROWS } from "../limits";
import type { ImportFormat } from "../vocabulary";

export const REQUIRED_COLUMNS = ["title", "publisher", "text"] as const;
export const KNOWN_COLUMNS = ["title", "publisher", "url", "published_on", "language", "source_type", "text"] as const;

export type ImportRow = { rowNumber: number } & ({ ok: true; article: ArticleInput } | { ok: false; reason: string });
export type ParsedImport = { format: ImportFormat; rows: ImportRow[] };

export function importFormatOf(fileName: string): ImportFormat | null {
  const ext = /\.[a-z0-9]+$/i.exec(fileName)?.[0]?.toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".csv") return "csv";
  return null;
}

const str = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const s = typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
  return s?.trim() === "" ? undefined : s;
};

/** A raw record (JSON object or CSV row) → a valid article or the reason it is not one. */
export function toArticle(record: Record<string, unknown>, defaultSourceType: SourceType): { ok: true; article: ArticleInput } | { ok: false; reason: string } {
  const parsed = articleInputSchema.safeParse({
    title: str(record.title),
    publisher: str(record.publisher),
    url: str(record.url),
    publishedOn: str(record.published_on ?? record.publishedOn),
    language: str(record.language),
    sourceType: str(record.source_type ?? record.sourceType) ?? defaultSourceType,
    text: typeof record.text === "string" ? record.text : undefined,
  });
  if (parsed.success) return { ok: true, article: parsed.data };
  const columns: Record<string, string> = { publishedOn: "published_on", sourceType: "source_type" };
  const reason = parsed.error.issues.map((i) => `${columns[String(i.path[0])] ?? String(i.path[0] ?? "row")}: ${i.message}`).join("; ");
  return { ok: false, reason };
}

function parseJsonl(content: string, sourceType: SourceType): ImportRow[] {
  const rows: ImportRow[] = [];
  content.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const rowNumber = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      rows.push({ rowNumber, ok: false, reason: "Not valid JSON: each line must be one JSON object." });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      rows.push({ rowNumber, ok: false, reason: "Not a JSON object: each line must be one article, {\"title\": …, \"text\": …}." });
      return;
    }
    rows.push({ rowNumber, ...toArticle(value as Record<string, unknown>, sourceType) });
  });
  return rows;
}

function parseCsv(content: string, sourceType: SourceType): ImportRow[] {
  const result = Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim().toLowerCase() });
  const fields = result.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((c) => !fields.includes(c));
  if (missing.length) {
    throw new AppError("bad_request", `The CSV header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. Expected: ${KNOWN_COLUMNS.join(", ")}.`);
  }
  const broken = new Map<number, string>();
  for (const e of result.errors) if (e.row !== undefined && !broken.has(e.row)) broken.set(e.row, e.message);
  return result.data.map((record, i) => {
    const rowNumber = i + 1;
    const problem = broken.get(i);
    if (problem) return { rowNumber, ok: false, reason: `Malformed CSV record: ${problem}.` };
    return { rowNumber, ...toArticle(record, sourceType) };
  });
}

/** Whole-file problems (no articles, too many, a CSV without the needed columns) are a 400; row problems are rows. */
export function parseImportFile(content: string, format: ImportFormat, sourceType: SourceType): ParsedImport {
  const text = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const rows = format === "jsonl" ? parseJsonl(text, sourceType) : parseCsv(text, sourceType);
  if (rows.length === 0) throw new AppError("bad_request", "The file holds no articles.");
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError("payload_too_large", `The file holds ${rows.length} articles; import at most ${MAX_IMPORT_ROWS} at a time.`);
  }
  return { format, rows };
}
