import Link from "next/link";
import { STATUS_SHAPES } from "@/components/ui/status-badge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { barLayout, isInRange, positionPercent, type YearRange, yearTicks } from "@/lib/stats/timeline-layout";
import type { TimelineRow } from "@/lib/stats/types";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
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

/** The year axis above the rows, with the "today" marker. */
export function TimelineAxis({ range, todayPct }: { range: YearRange; todayPct: number | null }) {
  return (
    <div aria-hidden="true" className="grid grid-cols-1 border-b border-line text-xs text-muted sm:grid-cols-[minmax(10rem,18rem)_1fr]">
      <span className="hidden py-1 sm:block">Initiative</span>
      <div className="relative h-6">
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

type RowProps = { row: TimelineRow; range: YearRange; todayPct: number | null; tip: MarkerTip | null; onTip: (tip: MarkerTip | null) => void };

/** One initiative: its name and status, a bar from first to latest event, a marker per milestone. */
export function TimelineRowView({ row, range, todayPct, tip, onTip }: RowProps) {
  const href = `/initiatives/${row.slug}`;
  const bar = barLayout(row.startOn, row.endOn, range);
  const span = `${day(row.startOn)} to ${day(row.endOn)}`;
  return (
    <li className="group grid grid-cols-1 border-b border-line/50 hover:bg-line/20 focus-within:bg-line/20 sm:grid-cols-[minmax(10rem,18rem)_1fr]">
      <div className="flex min-w-0 items-baseline gap-2 pt-1 pr-2 text-sm leading-tight sm:block sm:py-1">
        <Link href={href} className="block min-w-0 truncate text-ink" title={row.name}>
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
        {row.milestones.filter((m) => isInRange(m.date, range)).map((m) => {
          const label = `${m.description} — ${formatPartialDate(m)}${m.isPlanned ? " (planned)" : ""}`;
          const left = positionPercent(m.date, range);
          const show = () => onTip({ rowId: row.id, left, label });
          return (
            <Link
              key={m.id}
              href={`${href}#milestone-${m.id}`}
              aria-label={`${row.name}: ${label}`}
              className="absolute top-1/2 z-10 flex size-6 -translate-x-1/2 -translate-y-1/2 items-center justify-center no-underline"
              style={{ left: pct(left) }}
              onMouseEnter={show}
              onFocus={show}
              onMouseLeave={() => onTip(null)}
              onBlur={() => onTip(null)}
            >
              <span aria-hidden="true" className={`block size-2.5 rounded-full border-2 ${m.isPlanned ? "border-ink bg-paper" : "border-paper bg-ink"}`} />
            </Link>
          );
        })}
        {tip?.rowId === row.id ? (
          <span
            role="tooltip"
            className="pointer-events-none absolute bottom-[calc(50%+0.75rem)] z-30 w-max max-w-64 -translate-x-1/2 rounded border border-line bg-paper px-2 py-1 text-xs text-ink shadow-md"
            style={{ left: pct(Math.min(90, Math.max(10, tip.left))) }}
          >
            {tip.label}
          </span>
        ) : null}
      </div>
    </li>
  );
}
