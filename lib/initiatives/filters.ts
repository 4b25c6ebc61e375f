// The list's filters: one schema for the URL (/initiatives), the REST API and the exports, so the names and the
// meaning of every parameter are the same everywhere. Pages parse leniently (a bad value is dropped, never a crash);
// the API parses strictly (a bad or unknown parameter is a 400 naming it).
import { z } from "zod";
import { createQueryParser, queryIntegerSchema, type RawParams } from "@/lib/api/query-params";
import { partialDateRange } from "@/lib/dates/partial-date";
import { isoDaySchema, partialDateSchema } from "@/lib/dates/schemas";
import { COUNTRY_CODES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";

export const SORTS = ["relevance", "last-evidence", "name", "first-announced"] as const;
export type Sort = (typeof SORTS)[number];
export const DEFAULT_PAGE_SIZE = 25;
export const SCOPE_FILTERS = ["local", "region-wide"] as const;
export type ScopeFilter = (typeof SCOPE_FILTERS)[number];
export const MAX_PAGE_SIZE = 100;

const flag = z.enum(["true", "false", "1", "0", "on", "off"]).transform((v) => v === "true" || v === "1" || v === "on");
const slug = z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use a lower-case slug.").max(120);

/** Parameters that may repeat (multi-select, OR within the facet); every other parameter appears at most once. */
export const LIST_PARAMS = ["domain", "country", "status", "actor", "sourceType"] as const;
export type FacetKey = (typeof LIST_PARAMS)[number];

export const initiativeFiltersSchema = z.object({
  q: z.string().trim().max(200, "Search text is limited to 200 characters.").optional(),
  domain: z.array(z.enum(DOMAIN_SLUGS)).default([]),
  country: z.array(z.string().trim().toUpperCase().pipe(z.enum(COUNTRY_CODES))).default([]),
  status: z.array(z.enum(STATUSES)).default([]),
  actor: z.array(slug).default([]),
  sourceType: z.array(z.enum(SOURCE_TYPES)).default([]),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
  stalled: flag.optional(),
  /** "local": bilateral and multi-country initiatives only; "region-wide": agreements with ASEAN as a whole only. */
  scope: z.enum(SCOPE_FILTERS).optional(),
  sort: z.enum(SORTS).optional(),
  page: queryIntegerSchema(1, 10_000).default(1),
  pageSize: queryIntegerSchema(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  asOf: isoDaySchema.optional(),
});

export type InitiativeFilters = z.infer<typeof initiativeFiltersSchema>;
export const KNOWN_PARAMS = Object.keys(initiativeFiltersSchema.shape) as (keyof InitiativeFilters)[];

const parser = createQueryParser(initiativeFiltersSchema, { listParams: LIST_PARAMS });

/** For pages: keeps every valid value and silently drops the rest, so a mangled link still shows something. */
export function parseFiltersLenient(params: RawParams, extra: Partial<InitiativeFilters> = {}): InitiativeFilters {
  return { ...parser.parseLenient(params), ...extra };
}

/** For the API: any unknown, repeated-scalar or malformed parameter is a 400 that names it. */
export function parseFiltersStrict(params: URLSearchParams, allowed: readonly string[] = KNOWN_PARAMS): InitiativeFilters {
  return parser.parseStrict(params, allowed);
}

/** The first and last day covered by the from/to filters, at whatever precision they were given. */
export function announcedRange(filters: Pick<InitiativeFilters, "from" | "to">): { from?: string; to?: string } {
  return partialDateRange(filters.from, filters.to);
}

/** The canonical query string for filters (defaults omitted), so equal views have equal URLs. */
export function filtersToSearchParams(filters: Partial<InitiativeFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const key of LIST_PARAMS) for (const v of filters[key] ?? []) params.append(key, v);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.stalled) params.set("stalled", "true");
  if (filters.scope) params.set("scope", filters.scope);
  if (filters.asOf) params.set("asOf", filters.asOf);
  if (filters.sort) params.set("sort", filters.sort);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  if (filters.pageSize && filters.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(filters.pageSize));
  return params;
}

/** The effective sort: relevance only means something with a search; without one, the freshest evidence first. */
export function effectiveSort(filters: Pick<InitiativeFilters, "q" | "sort">): Sort {
  if (filters.sort && (filters.sort !== "relevance" || filters.q)) return filters.sort;
  return filters.q ? "relevance" : "last-evidence";
}
