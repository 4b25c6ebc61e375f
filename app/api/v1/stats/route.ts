// GET /api/v1/stats – the dashboard's aggregates (headline figures, status by domain/year/country) under the list's filters
import { json, preflight, readHandler } from "@/lib/api/handler";
import { STATS_PARAMS } from "@/lib/api/params";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { chartFilters } from "@/lib/stats/timeline-params";
import { cachedReads } from "@/lib/cache/reads";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) =>
  json(await cachedReads.getDashboardStats(db, chartFilters(parseFiltersStrict(searchParams, STATS_PARAMS)))), { cache: true },
);
export const OPTIONS = preflight;
