// GET /api/v1/stats – the dashboard's aggregates (headline figures, status by domain/year/country) under the list's filters
import { json, preflight, readHandler } from "@/lib/api/handler";
import { STATS_PARAMS } from "@/lib/api/params";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { getDashboardStats } from "@/lib/stats/queries";
import { chartFilters } from "@/lib/stats/timeline-params";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) =>
  json(await getDashboardStats(db, chartFilters(parseFiltersStrict(searchParams, STATS_PARAMS)))),
);
export const OPTIONS = preflight;
