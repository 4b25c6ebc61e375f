// The timeline's own URL parameters, next to the list filters: the year range and the page. Pages parse
// leniently (bad values dropped); the API strictly (a 400 naming the parameter).
import { z } from "zod";
import { queryIntegerSchema } from "@/lib/api/query-params";
import { AppError } from "@/lib/errors";
import { DEFAULT_PAGE_SIZE, filtersToSearchParams, type InitiativeFilters, KNOWN_PARAMS } from "@/lib/initiatives/filters";
import type { YearRange } from "./timeline-layout";
import { timelineQueryString } from "./timeline-query";

export const TIMELINE_PARAMS = ["start", "end"] as const;
// The timeline pages with its own fixed size and order, so the list's pageSize and sort are not accepted.
export const TIMELINE_ALLOWED_PARAMS: readonly string[] = [...KNOWN_PARAMS.filter((k) => k !== "pageSize" && k !== "sort"), ...TIMELINE_PARAMS];

export const timelineYearSchema = queryIntegerSchema(1900, 2100);
const year = timelineYearSchema;
const rangeSchema = z.object({ start: year.optional(), end: year.optional() });

export type TimelineQuery = { filters: InitiativeFilters; range: Partial<YearRange>; page: number };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;
const first = (params: Params, key: string) => {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
};

export function parseTimelineRangeLenient(params: Params): Partial<YearRange> {
  const out: Partial<YearRange> = {};
  for (const key of TIMELINE_PARAMS) {
    const parsed = year.safeParse(first(params, key));
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

export function parseTimelineRangeStrict(params: URLSearchParams): Partial<YearRange> {
  const repeated = TIMELINE_PARAMS.filter((k) => params.getAll(k).length > 1);
  if (repeated.length) throw new AppError("bad_request", `Parameter ${repeated.join(", ")} may appear only once.`);
  const parsed = rangeSchema.safeParse({ start: params.get("start") ?? undefined, end: params.get("end") ?? undefined });
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    throw new AppError("bad_request", `Invalid value for ${names.join(", ")}: use a year between 1900 and 2100.`, { parameters: names });
  }
  return parsed.data;
}

/** Charts ignore the list's paging and sorting: the same filters always give the same chart. */
export function chartFilters(filters: InitiativeFilters): InitiativeFilters {
  return { ...filters, page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: undefined };
}

/** The canonical query string of a timeline view: list filters, then the year range and the page. */
export function timelineSearchParams(query: TimelineQuery): URLSearchParams {
  const filters = filtersToSearchParams(chartFilters(query.filters)).toString();
  return new URLSearchParams(timelineQueryString({ filters, range: query.range, page: query.page }));
}
