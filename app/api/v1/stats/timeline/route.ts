// GET /api/v1/stats/timeline – the cross-initiative timeline (spans and milestones), paged, under the list filters
import { json, readHandler } from "@/lib/api/handler";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { chartFilters, parseTimelineRangeStrict, TIMELINE_ALLOWED_PARAMS } from "@/lib/stats/timeline-params";
import { cachedReads } from "@/lib/cache/reads";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => {
  const filters = parseFiltersStrict(searchParams, TIMELINE_ALLOWED_PARAMS);
  const range = parseTimelineRangeStrict(searchParams);
  return json(await cachedReads.getTimeline(db, chartFilters(filters), { range, page: filters.page }));
}, { cache: true });
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
