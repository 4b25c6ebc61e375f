// The timeline's client-side data: one queryOptions factory shared by the server prefetch (app/timeline/page.tsx,
// which overrides queryFn to query the database) and the useTimeline hook, which refetches from
// GET /api/v1/stats/timeline when the reader changes the year range or the page, without a navigation.
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { YearRange } from "./timeline-layout";
import type { TimelinePage } from "./types";

export const TIMELINE_PAGE_SIZE = 30;

/** `filters` is the canonical query string of the list filters (filtersToSearchParams, without paging). */
export type TimelineRequest = { filters: string; range: Partial<YearRange>; page: number };

export function timelineQueryString({ filters, range, page }: TimelineRequest): string {
  const params = new URLSearchParams(filters);
  if (range.start !== undefined) params.set("start", String(range.start));
  if (range.end !== undefined) params.set("end", String(range.end));
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

export const timelineQueryOptions = (request: TimelineRequest) =>
  queryOptions({
    queryKey: ["stats", "timeline", request.filters, request.range.start ?? null, request.range.end ?? null, request.page] as const,
    queryFn: async ({ signal }): Promise<TimelinePage> => {
      const response = await fetch(`/api/v1/stats/timeline?${timelineQueryString(request)}`, { signal });
      if (!response.ok) throw new Error(`The timeline could not be loaded (HTTP ${response.status}).`);
      return response.json() as Promise<TimelinePage>;
    },
    staleTime: 60_000,
  });

/** The page of timeline rows; while a new range loads, the previous rows stay on screen (no jump, no blank). */
export function useTimeline(request: TimelineRequest) {
  return useQuery({ ...timelineQueryOptions(request), placeholderData: keepPreviousData });
}
