"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { isInRange, positionPercent, timelineSummary, type YearRange } from "@/lib/stats/timeline-layout";
import { type TimelineRequest, timelineQueryString, useTimeline } from "@/lib/stats/timeline-query";
import type { TimelinePage } from "@/lib/stats/types";
import { STATUS_INFO, STATUSES } from "@/lib/vocabulary/statuses";
import { ChartFrame } from "./chart-frame";
import { readPalette } from "./download";
import { StatusLegend } from "./status-legend";
import { buildTimelineSvg } from "./timeline-svg";
import { type MarkerTip, TimelineAxis, TimelineRowView } from "./timeline-rows";

const TRACK_STEPS = [240, 360, 540, 810, 1215] as const;
const trackStep = (width: number) => TRACK_STEPS.findLast((step) => step <= width) ?? TRACK_STEPS[0];

const select = "rounded border border-line bg-paper px-2 py-1 text-sm text-ink";

function csvOf(data: TimelinePage) {
  return {
    header: ["Initiative", "Status", "First event", "Latest event", "Milestone date", "Milestone", "Planned"],
    rows: data.rows.flatMap((r) => {
      const base = [r.name, STATUS_INFO[r.status].label, r.startOn, r.endOn];
      return r.milestones.length ? r.milestones.map((m) => [...base, m.date, m.description, m.isPlanned ? "yes" : "no"]) : [[...base, "", "", ""]];
    }),
  };
}

function TimelineTable({ data }: { data: TimelinePage }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">The initiatives on this page of the timeline, with their first and latest events</caption>
      <thead>
        <tr className="border-b border-line text-left text-muted">
          <th scope="col" className="py-1.5 pr-2 font-medium">Initiative</th>
          <th scope="col" className="py-1.5 pr-2 font-medium">Status</th>
          <th scope="col" className="py-1.5 pr-2 font-medium">First event</th>
          <th scope="col" className="py-1.5 pr-2 font-medium">Latest event</th>
          <th scope="col" className="py-1.5 text-right font-medium">Milestones shown</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((r) => (
          <tr key={r.id} className="border-b border-line/60 align-top">
            <th scope="row" className="py-1.5 pr-2 text-left font-normal">
              <a href={`/initiatives/${r.slug}`}>{r.name}</a>
            </th>
            <td className="py-1.5 pr-2">{STATUS_INFO[r.status].label}</td>
            <td className="py-1.5 pr-2 whitespace-nowrap">{r.startOn}</td>
            <td className="py-1.5 pr-2 whitespace-nowrap">{r.endOn}</td>
            <td className="py-1.5 text-right tabular-nums">
              {r.milestones.length}
              {r.milestones.some((m) => m.isPlanned) ? ` (${r.milestones.filter((m) => m.isPlanned).length} planned)` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The cross-initiative timeline. The year range and the page are client state mirrored into the URL; changing
 * them refetches through TanStack Query (no navigation), starting from the server-prefetched page.
 */
export function TimelineChart({ initial, today }: { initial: TimelineRequest; today: string }) {
  const [range, setRange] = useState<Partial<YearRange>>(initial.range);
  const [page, setPage] = useState(initial.page);
  const [tip, setTip] = useState<MarkerTip | null>(null);
  const request = useMemo(() => ({ filters: initial.filters, range, page }), [initial.filters, range, page]);
  const { data, isFetching, isError } = useTimeline(request);
  // Milestones closer than a 24 px target share one link. The track's width is taken in steps, rounded down (more
  // merging, never overlap), starting from the narrowest: the server's HTML is right on phones, and a phone never
  // re-renders the rows once measured (which cost a long task on a mobile CPU).
  const [trackWidth, setTrackWidth] = useState<number>(TRACK_STEPS[0]);
  const trackRef = useCallback((track: HTMLDivElement | null) => {
    if (!track) return;
    const observer = new ResizeObserver(([entry]) => setTrackWidth(trackStep(entry?.contentRect.width ?? 0)));
    observer.observe(track);
    return () => observer.disconnect();
  }, []);
  const minGap = (24.5 / trackWidth) * 100;

  useEffect(() => {
    const query = timelineQueryString(request);
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
  }, [request]);

  if (!data) {
    return <div className="h-[40rem] animate-pulse rounded-lg border border-line bg-line/20" aria-label="Loading the timeline" />;
  }
  const shown = data.range;
  const todayPct = isInRange(today, shown) ? positionPercent(today, shown) : null;
  const lastPage = Math.max(1, Math.ceil(data.total / data.pageSize));
  const yearOptions = (() => {
    const first = Math.min(data.extent?.start ?? shown.start, shown.start);
    const last = Math.max(data.extent?.end ?? shown.end, shown.end, Number(today.slice(0, 4)) + 5);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  })();
  const setYears = (patch: Partial<YearRange>) => {
    const next = { start: shown.start, end: shown.end, ...patch };
    setRange(next.start <= next.end ? next : { start: next.end, end: next.start });
    setPage(1);
  };

  const controls = (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Years shown">
        <label className="flex flex-col gap-0.5 text-xs text-muted">
          From year
          <select className={select} value={shown.start} onChange={(e) => setYears({ start: Number(e.target.value) })}>
            {yearOptions.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-0.5 text-xs text-muted">
          To year
          <select className={select} value={shown.end} onChange={(e) => setYears({ end: Number(e.target.value) })}>
            {yearOptions.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        {range.start !== undefined || range.end !== undefined ? (
          <button type="button" className="px-1 py-1 text-sm text-accent underline-offset-2 hover:underline" onClick={() => (setRange({}), setPage(1))}>
            All years
          </button>
        ) : null}
      </div>
      <nav aria-label="Timeline pages" className="flex items-center gap-2 text-sm">
        <button type="button" className={select} disabled={data.page <= 1} onClick={() => setPage(data.page - 1)}>
          ← Previous
        </button>
        <span className="tabular-nums" aria-live="polite">
          Page {data.page} of {lastPage}
        </span>
        <button type="button" className={select} disabled={data.page >= lastPage} onClick={() => setPage(data.page + 1)}>
          Next →
        </button>
      </nav>
      <StatusLegend statuses={STATUSES.filter((s) => data.rows.some((r) => r.status === s))} className="w-full" />
      <p className="flex w-full flex-wrap gap-x-4 text-xs text-muted" aria-hidden="true">
        <span><span className="mr-1 inline-block size-2.5 rounded-full border-2 border-paper bg-ink align-middle" />milestone</span>
        <span><span className="mr-1 inline-block size-2.5 rounded-full border-2 border-ink bg-paper align-middle" />planned milestone</span>
        <span><span className="mr-1 inline-block h-3 border-l-2 border-dashed border-accent align-middle" />today</span>
      </p>
    </div>
  );

  return (
    <ChartFrame
      title="Timeline of initiatives"
      summary={timelineSummary(data)}
      fileName={`timeline-${shown.start}-${shown.end}-page-${data.page}`}
      csv={csvOf(data)}
      table={<TimelineTable data={data} />}
      height="auto"
      controls={controls}
      toSvg={() => buildTimelineSvg(data.rows, shown, today, readPalette(), `Timeline of initiatives, ${shown.start}–${shown.end}`)}
    >
      {isError ? <p role="alert" className="mb-2 text-sm text-status-stalled">The timeline could not be updated. Showing the previous view.</p> : null}
      <div aria-busy={isFetching} className={isFetching ? "opacity-60 transition-opacity" : "transition-opacity"}>
        <TimelineAxis range={shown} todayPct={todayPct} trackRef={trackRef} />
        {data.rows.length ? (
          <ol className="m-0 list-none p-0">
            {data.rows.map((row) => (
              <TimelineRowView key={row.id} row={row} range={shown} todayPct={todayPct} minGap={minGap} tip={tip} onTip={setTip} />
            ))}
          </ol>
        ) : (
          <p className="py-8 text-center text-sm text-muted">No initiative has events in these years under these filters.</p>
        )}
      </div>
    </ChartFrame>
  );
}
