// GET /api/v1/stats – the dashboard's aggregates (headline figures, status by domain/year/country) under the list's filters
import { json, readHandler } from "@/lib/api/handler";
import { STATS_PARAMS } from "@/lib/api/params";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { chartFilters } from "@/lib/stats/timeline-params";
import { cachedReads } from "@/lib/cache/reads";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) =>
  json(await cachedReads.getDashboardStats(db, chartFilters(parseFiltersStrict(searchParams, STATS_PARAMS)))), { cache: true },
);
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
