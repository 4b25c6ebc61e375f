import Link from "next/link";
import { Fragment, type Ref } from "react";
import { STATUS_SHAPES } from "@/components/ui/status-badge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { barLayout, isInRange, positionPercent, type YearRange, yearTicks } from "@/lib/stats/timeline-layout";
import type { TimelineMilestone, TimelineRow } from "@/lib/stats/types";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { clusterMarkers } from "./marker-clusters";
import { statusBackground } from "./status-patterns";

const day = (iso: string) => formatPartialDate({ date: iso, precision: "day" });
const pct = (n: number) => `${n}%`;

function Gridlines({ range, todayPct }: { range: YearRange; todayPct: number | null }) {
  return (
    <>
      {yearTicks(range).map((year) => (
        <span key={year} aria-hidden="true" className="absolute inset-y-0 border-l border-line/70" style={{ left: pct(positionPercent(`${year}-01-01`, range)) }} />
      ))}
      {todayPct !== null ? (
        <span aria-hidden="true" className="absolute inset-y-0 border-l-2 border-dashed border-accent" style={{ left: pct(todayPct) }} />
      ) : null}
    </>
  );
}

/** The year axis above the rows, with the "today" marker; `trackRef` measures the width the rows are drawn in. */
export function TimelineAxis({ range, todayPct, trackRef }: { range: YearRange; todayPct: number | null; trackRef?: Ref<HTMLDivElement> }) {
  return (
    <div aria-hidden="true" className="grid grid-cols-1 border-b border-line text-xs text-muted sm:grid-cols-[minmax(10rem,18rem)_1fr]">
      <span className="hidden py-1 sm:block">Initiative</span>
      <div ref={trackRef} className="relative h-6">
        {yearTicks(range).map((year) => (
          <span key={year} className="absolute bottom-1 pl-1 tabular-nums" style={{ left: pct(positionPercent(`${year}-01-01`, range)) }}>
            {year}
          </span>
        ))}
        {todayPct !== null ? (
          <span className="absolute top-0 -translate-x-1/2 rounded bg-accent px-1 text-[10px] leading-4 text-paper" style={{ left: pct(todayPct) }}>
            today
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** The one tooltip of the chart: the milestone under the pointer or keyboard focus. */
export type MarkerTip = { rowId: number; left: number; label: string };

type RowProps = {
  row: TimelineRow;
  range: YearRange;
  todayPct: number | null;
  /** Markers closer than this (percent of the track: one 24 px target) share one link. */
  minGap: number;
  tip: MarkerTip | null;
  onTip: (tip: MarkerTip | null) => void;
};

const milestoneLabel = (m: TimelineMilestone) => `${m.description} — ${formatPartialDate(m)}${m.isPlanned ? " (planned)" : ""}`;

function Dot({ milestone }: { milestone: TimelineMilestone }) {
  return <span aria-hidden="true" className={`block size-2.5 rounded-full border-2 ${milestone.isPlanned ? "border-ink bg-paper" : "border-paper bg-ink"}`} />;
}

const centred = "absolute top-1/2 z-10 -translate-x-1/2 -translate-y-1/2";

/** One initiative: its name and status, a bar from first to latest event, a marker per milestone. */
export function TimelineRowView({ row, range, todayPct, minGap, tip, onTip }: RowProps) {
  const href = `/initiatives/${row.slug}`;
  const bar = barLayout(row.startOn, row.endOn, range);
  const span = `${day(row.startOn)} to ${day(row.endOn)}`;
  return (
    <li className="group grid grid-cols-1 border-b border-line/50 hover:bg-line/20 focus-within:bg-line/20 sm:grid-cols-[minmax(10rem,18rem)_1fr]">
      <div className="flex min-w-0 items-baseline gap-2 pt-1 pr-2 text-sm leading-tight sm:block sm:py-0.5">
        {/* Relative: the screen-reader text is positioned inside the truncated link, or a long name pushes it far
            to the right of a phone's screen and widens the page (789 px at 375). */}
        <Link href={href} className="relative block min-w-0 truncate leading-6 text-ink" title={row.name}>
          {row.name}
          <span className="sr-only">{`, ${STATUS_INFO[row.status].label}, ${span}`}</span>
        </Link>
        <span aria-hidden="true" className="shrink-0 text-xs whitespace-nowrap" style={{ color: `var(--color-status-${row.status})` }}>
          {STATUS_SHAPES[row.status]} {STATUS_INFO[row.status].label}
        </span>
      </div>
      <div className="relative h-6 sm:h-auto">
        <Gridlines range={range} todayPct={todayPct} />
        {bar ? (
          <Link
            href={href}
            tabIndex={-1}
            aria-hidden="true"
            title={`${row.name}: ${STATUS_INFO[row.status].label}, ${span}`}
            className={`absolute top-1/2 h-3 -translate-y-1/2 ring-offset-1 ring-offset-paper group-focus-within:ring-2 group-focus-within:ring-accent ${bar.clippedStart ? "" : "rounded-l-sm"} ${bar.clippedEnd ? "" : "rounded-r-sm"}`}
            style={{ left: pct(bar.left), width: pct(bar.width), ...statusBackground(row.status) }}
          />
        ) : null}
        {clusterMarkers(
          row.milestones.filter((m) => isInRange(m.date, range)).map((m) => ({ left: positionPercent(m.date, range), item: m })),
          minGap,
        ).map(({ left, items: [first, ...rest] }) => {
          if (!first) return null;
          const label = [first, ...rest].map(milestoneLabel).join("\n");
          const show = () => onTip({ rowId: row.id, left, label });
          return (
            <Fragment key={first.id}>
              {rest.map((m) => (
                <span key={m.id} className={`${centred} pointer-events-none`} style={{ left: pct(positionPercent(m.date, range)) }}>
                  <Dot milestone={m} />
                </span>
              ))}
              <Link
                href={`${href}#milestone-${first.id}`}
                aria-label={`${row.name}: ${label.replaceAll("\n", "; ")}`}
                className={`${centred} flex size-6 items-center justify-center no-underline`}
                style={{ left: pct(left) }}
                onMouseEnter={show}
                onFocus={show}
                onMouseLeave={() => onTip(null)}
                onBlur={() => onTip(null)}
              >
                <Dot milestone={first} />
              </Link>
            </Fragment>
          );
        })}
        {tip?.rowId === row.id ? (
          <span
            role="tooltip"
            className="pointer-events-none absolute bottom-[calc(50%+0.75rem)] z-30 w-max max-w-64 -translate-x-1/2 rounded border border-line bg-paper px-2 py-1 text-xs whitespace-pre-line text-ink shadow-md"
            style={{ left: pct(Math.min(90, Math.max(10, tip.left))) }}
          >
            {tip.label}
          </span>
        ) : null}
      </div>
    </li>
  );
}
