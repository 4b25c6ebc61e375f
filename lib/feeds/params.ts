// Feed URLs take the list's filters (no paging or sorting: a feed is every matching event, newest first).
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { STATS_PARAMS, statsQuerySchema } from "@/lib/api/params";

export const feedQuerySchema = statsQuerySchema;

export function parseFeedQuery(params: URLSearchParams): InitiativeFilters {
  return parseFiltersStrict(params, STATS_PARAMS);
}
