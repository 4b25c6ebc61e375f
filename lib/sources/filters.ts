// The source archive's filters: one schema for the URL (/sources) and the REST API (GET /api/v1/sources), with the
// same lenient (pages) / strict (API) split as lib/initiatives/filters.ts.
import { z } from "zod";
import { createQueryParser, queryIntegerSchema, type RawParams } from "@/lib/api/query-params";
import { partialDateRange } from "@/lib/dates/partial-date";
import { partialDateSchema } from "@/lib/dates/schemas";
import { textSchema } from "@/lib/editorial/fields";
import { SOURCE_TYPES } from "@/lib/vocabulary/misc";

export const SOURCE_SORTS = ["newest", "oldest", "title", "relevance"] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];
export const DEFAULT_SOURCE_PAGE_SIZE = 25;
export const MAX_SOURCE_PAGE_SIZE = 100;

const flag = z.enum(["true", "false", "1", "0", "on", "off"]).transform((v) => v === "true" || v === "1" || v === "on");

/** Parameters that may repeat (OR within the parameter); every other one appears at most once. */
export const SOURCE_LIST_PARAMS = ["publisher", "publisherCountry", "language", "sourceType"] as const;
export type SourceFacetKey = (typeof SOURCE_LIST_PARAMS)[number];

export const sourceFiltersSchema = z.object({
  q: z.string().trim().max(200, "Search text is limited to 200 characters.").optional(),
  publisher: z.array(textSchema(1, 200)).default([]),
  /** ISO 3166-1 alpha-2 of the publisher's home country ("ASEAN-side" reporting: any member's code). */
  publisherCountry: z.array(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 code such as VN, TH or CN.")).default([]),
  language: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, "Use an ISO 639-1 code such as en, zh or de.")).default([]),
  sourceType: z.array(z.enum(SOURCE_TYPES)).default([]),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
  /** Only sources whose full text we hold (true) or only those we do not (false). */
  hasText: flag.optional(),
  sort: z.enum(SOURCE_SORTS).optional(),
  page: queryIntegerSchema(1, 10_000).default(1),
  pageSize: queryIntegerSchema(1, MAX_SOURCE_PAGE_SIZE).default(DEFAULT_SOURCE_PAGE_SIZE),
});

export type SourceFilters = z.infer<typeof sourceFiltersSchema>;
export const SOURCE_KNOWN_PARAMS = Object.keys(sourceFiltersSchema.shape) as (keyof SourceFilters)[];

// Publishers may contain commas ("Ministry of Industry, Trade and …"), so unlike the other list parameters they
// are never split on commas: repeat the parameter instead.
const parser = createQueryParser(sourceFiltersSchema, { listParams: SOURCE_LIST_PARAMS, unsplittable: ["publisher"] });

/** For pages: keeps every valid value and silently drops the rest. */
export function parseSourceFiltersLenient(params: RawParams): SourceFilters {
  return parser.parseLenient(params);
}

/** For the API: unknown, repeated-scalar or malformed parameters are a 400 naming them. */
export function parseSourceFiltersStrict(params: URLSearchParams): SourceFilters {
  return parser.parseStrict(params);
}

/** First and last day covered by from/to at their precision. */
export function publishedRange(filters: Pick<SourceFilters, "from" | "to">): { from?: string; to?: string } {
  return partialDateRange(filters.from, filters.to);
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
