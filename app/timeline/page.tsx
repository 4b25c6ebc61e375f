import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { FilterBar } from "@/components/charts/filter-bar";
import { AsOfControl } from "@/components/export/as-of-control";
import { FollowLink } from "@/components/export/follow-link";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { getDb } from "@/db/client";
import { filtersToSearchParams, parseFiltersLenient } from "@/lib/initiatives/filters";
import { isoToday } from "@/lib/stats/dates";
import { chartFilters, parseTimelineRangeLenient } from "@/lib/stats/timeline-params";
import { type TimelineRequest, timelineQueryOptions } from "@/lib/stats/timeline-query";
import { cachedReads } from "@/lib/cache/reads";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const parsed = parseFiltersLenient(raw);
  const filters = chartFilters(parsed);
  const request: TimelineRequest = { filters: filtersToSearchParams(filters).toString(), range: parseTimelineRangeLenient(raw), page: parsed.page };
  const db = await getDb();
  const queryClient = new QueryClient();
  const [filterBar] = await Promise.all([
    cachedReads.getFilterBarProps(db, filters, "/timeline"),
    queryClient.prefetchQuery({
      ...timelineQueryOptions(request),
      queryFn: () => cachedReads.getTimeline(db, filters, { range: request.range, page: request.page }),
    }),
  ]);

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold">Timeline</h1>
        <p className="text-muted">
          Every initiative from its first to its latest dated event, with its milestones. Choose the years to show;
          select a row or a milestone to open the initiative.
        </p>
      </header>
      <FilterBar {...filterBar} />
      <div className="flex flex-wrap items-start justify-between gap-3 print:hidden">
        <AsOfControl action="/timeline" asOf={filters.asOf} params={raw} />
        <FollowLink filters={filters} />
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TimelineChart key={request.filters} initial={request} today={isoToday()} />
      </HydrationBoundary>
    </div>
  );
}
