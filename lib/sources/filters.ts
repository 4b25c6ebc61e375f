// The source archive's filters: one schema for the URL (/sources) and the REST API (GET /api/v1/sources), with the
// same lenient (pages) / strict (API) split as lib/initiatives/filters.ts.
import { z } from "zod";
import { endOfPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { AppError } from "@/lib/errors";
import { SOURCE_TYPES } from "@/lib/vocabulary/misc";

export const SOURCE_SORTS = ["newest", "oldest", "title", "relevance"] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];
export const DEFAULT_SOURCE_PAGE_SIZE = 25;
export const MAX_SOURCE_PAGE_SIZE = 100;

const partialDate = z
  .string()
  .trim()
  .refine((s) => parsePartialDate(s) !== null, "Use YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD.");
const flag = z.enum(["true", "false", "1", "0", "on", "off"]).transform((v) => v === "true" || v === "1" || v === "on");

/** Parameters that may repeat (OR within the parameter); every other one appears at most once. */
export const SOURCE_LIST_PARAMS = ["publisher", "language", "sourceType"] as const;
export type SourceFacetKey = (typeof SOURCE_LIST_PARAMS)[number];

export const sourceFiltersSchema = z.object({
  q: z.string().trim().max(200, "Search text is limited to 200 characters.").optional(),
  publisher: z.array(z.string().trim().min(1).max(200)).default([]),
  language: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, "Use an ISO 639-1 code such as en, zh or de.")).default([]),
  sourceType: z.array(z.enum(SOURCE_TYPES)).default([]),
  from: partialDate.optional(),
  to: partialDate.optional(),
  /** Only sources whose full text we hold (true) or only those we do not (false). */
  hasText: flag.optional(),
  sort: z.enum(SOURCE_SORTS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_SOURCE_PAGE_SIZE).default(DEFAULT_SOURCE_PAGE_SIZE),
});

export type SourceFilters = z.infer<typeof sourceFiltersSchema>;
export const SOURCE_KNOWN_PARAMS = Object.keys(sourceFiltersSchema.shape) as (keyof SourceFilters)[];

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function entries(params: RawParams): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([k, v]) =>
    v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]],
  );
}

// Publishers may contain commas ("Ministry of Industry, Trade and …"), so unlike the other list parameters they
// are never split on commas: repeat the parameter instead.
function collect(params: RawParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of entries(params)) {
    if ((SOURCE_LIST_PARAMS as readonly string[]).includes(key)) {
      const values = key === "publisher" ? [value.trim()] : value.split(",").map((v) => v.trim());
      out[key] = [...((out[key] as string[] | undefined) ?? []), ...values.filter(Boolean)];
    } else if (value.trim() !== "") {
      out[key] = key in out ? [out[key] as string, value].flat() : value;
    }
  }
  return out;
}

/** For pages: keeps every valid value and silently drops the rest. */
export function parseSourceFiltersLenient(params: RawParams): SourceFilters {
  const raw = collect(params);
  const clean: Record<string, unknown> = {};
  for (const key of SOURCE_KNOWN_PARAMS) {
    const value = raw[key];
    if (value === undefined) continue;
    const field = sourceFiltersSchema.shape[key];
    if ((SOURCE_LIST_PARAMS as readonly string[]).includes(key)) {
      const item = (field as unknown as z.ZodDefault<z.ZodArray<z.ZodType>>).unwrap().element;
      clean[key] = [...new Set((value as string[]).flatMap((v) => (item.safeParse(v).success ? [item.parse(v) as string] : [])))];
    } else {
      const single = Array.isArray(value) ? value[0] : value;
      if (field.safeParse(single).success) clean[key] = single;
    }
  }
  return sourceFiltersSchema.parse(clean);
}

/** For the API: unknown, repeated-scalar or malformed parameters are a 400 naming them. */
export function parseSourceFiltersStrict(params: URLSearchParams): SourceFilters {
  const unknown = [...new Set([...params.keys()].filter((k) => !(SOURCE_KNOWN_PARAMS as string[]).includes(k)))];
  if (unknown.length) {
    throw new AppError("bad_request", `Unknown parameter${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`, {
      parameters: unknown,
      allowed: SOURCE_KNOWN_PARAMS,
    });
  }
  const raw = collect(params);
  const repeated = Object.entries(raw)
    .filter(([k, v]) => Array.isArray(v) && !(SOURCE_LIST_PARAMS as readonly string[]).includes(k))
    .map(([k]) => k);
  if (repeated.length) {
    throw new AppError("bad_request", `Parameter${repeated.length > 1 ? "s" : ""} ${repeated.join(", ")} may appear only once.`, {
      parameters: repeated,
    });
  }
  const parsed = sourceFiltersSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), message: i.message }));
    const names = [...new Set(issues.map((i) => i.parameter))];
    throw new AppError(
      "bad_request",
      `Invalid value for ${names.join(", ")}: ${issues.map((i) => `${i.parameter}: ${i.message}`).join("; ")}`,
      { parameters: issues },
    );
  }
  return parsed.data;
}

/** First and last day covered by from/to at their precision. */
export function publishedRange(filters: Pick<SourceFilters, "from" | "to">): { from?: string; to?: string } {
  const from = filters.from ? parsePartialDate(filters.from) : null;
  const to = filters.to ? parsePartialDate(filters.to) : null;
  return { from: from?.date, to: to ? endOfPartialDate(to) : undefined };
}

/** Canonical query string (defaults omitted), so equal views have equal URLs. */
export function sourceFiltersToSearchParams(filters: Partial<SourceFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const key of SOURCE_LIST_PARAMS) for (const v of filters[key] ?? []) params.append(key, v);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.hasText !== undefined) params.set("hasText", String(filters.hasText));
  if (filters.sort) params.set("sort", filters.sort);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  if (filters.pageSize && filters.pageSize !== DEFAULT_SOURCE_PAGE_SIZE) params.set("pageSize", String(filters.pageSize));
  return params;
}

/** Relevance needs a search; without one, newest first. */
export function effectiveSourceSort(filters: Pick<SourceFilters, "q" | "sort">): SourceSort {
  if (filters.sort && (filters.sort !== "relevance" || filters.q)) return filters.sort;
  return filters.q ? "relevance" : "newest";
}
