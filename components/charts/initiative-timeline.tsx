"use client";

import { STATUS_SHAPES } from "@/components/ui/status-badge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { isoToday } from "@/lib/stats/dates";
import { assignLanes, spanScale } from "@/lib/stats/initiative-timeline-layout";
import type { StatusPeriod, TimelineMilestone } from "@/lib/stats/types";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { ChartFrame } from "./chart-frame";
import { readPalette } from "./download";
import { buildInitiativeTimelineSvg } from "./initiative-timeline-svg";
import { statusBackground } from "./status-patterns";

type Props = {
  /** getInitiativeTimeline(db, id) in lib/stats/initiative-timeline.ts returns exactly these two. */
  milestones: TimelineMilestone[];
  statusPeriods: StatusPeriod[];
  /** The initiative's name, for the title of downloads. */
  name: string;
  /** Defaults to the current day; pass the asOf date when the page shows a past state. */
  today?: string;
  headingLevel?: 2 | 3;
};

const LANE = 1.25; // rem per milestone lane
const when = (iso: string, precision: TimelineMilestone["precision"] = "day") => formatPartialDate({ date: iso, precision });

function Tables({ milestones, statusPeriods }: Pick<Props, "milestones" | "statusPeriods">) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-medium">Status periods</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-1 pr-2 font-medium">Status</th>
            <th scope="col" className="py-1 pr-2 font-medium">From</th>
            <th scope="col" className="py-1 font-medium">To</th>
          </tr>
        </thead>
        <tbody>
          {statusPeriods.map((p) => (
            <tr key={p.from} className="border-b border-line/60">
              <th scope="row" className="py-1 pr-2 text-left font-normal">{STATUS_INFO[p.status].label}</th>
              <td className="py-1 pr-2">{when(p.from)}</td>
              <td className="py-1">{p.to ? when(p.to) : "now"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-medium">Milestones</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-1 pr-2 font-medium">Date</th>
            <th scope="col" className="py-1 font-medium">Milestone</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m) => (
            <tr key={m.id} className="border-b border-line/60 align-top">
              <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">{when(m.date, m.precision)}</th>
              <td className="py-1">{m.description}{m.isPlanned ? " (planned)" : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function summaryOf(milestones: TimelineMilestone[], periods: StatusPeriod[]): string {
  const path = periods.map((p) => `${STATUS_INFO[p.status].label.toLowerCase()} from ${when(p.from)}`).join(", then ");
  const done = milestones.filter((m) => !m.isPlanned).length;
  const planned = milestones.length - done;
  return `${path ? `Status: ${path}. ` : ""}${done} ${done === 1 ? "milestone" : "milestones"} recorded${planned ? `, ${planned} planned` : ""}.`;
}

/** One initiative's status history as a band of periods, with its milestones above it (hollow when planned). */
export function InitiativeTimeline({ milestones, statusPeriods, name, today = isoToday(), headingLevel = 2 }: Props) {
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date));
  const scale = spanScale(sorted, statusPeriods, today);
  const lanes = assignLanes(sorted.map((m) => scale.pct(m.date)), 4);
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const todayPct = scale.pct(today);
  const csv = {
    header: ["Type", "From", "To", "Status or milestone", "Planned"],
    rows: [
      ...statusPeriods.map((p) => ["status", p.from, p.to ?? "", STATUS_INFO[p.status].label, ""]),
      ...sorted.map((m) => ["milestone", m.date, "", m.description, m.isPlanned ? "yes" : "no"]),
    ],
  };

  return (
    <ChartFrame
      title="Timeline"
      headingLevel={headingLevel}
      summary={summaryOf(sorted, statusPeriods)}
      fileName="initiative-timeline"
      csv={csv}
      height={`${laneCount * LANE + 4.5}rem`}
      table={<Tables milestones={sorted} statusPeriods={statusPeriods} />}
      toSvg={() => buildInitiativeTimelineSvg({ milestones: sorted, periods: statusPeriods, lanes, scale, today }, readPalette(), `${name}: timeline`)}
    >
      <div className="absolute inset-x-2 inset-y-0">
        {scale.ticks.map((year) => (
          <span key={year} aria-hidden="true" className="absolute top-0 bottom-0 border-l border-line/70" style={{ left: `${scale.pct(`${year}-01-01`)}%` }}>
            <span className="absolute bottom-0 pl-1 text-xs text-muted tabular-nums">{year}</span>
          </span>
        ))}
        <span aria-hidden="true" className="absolute top-0 bottom-4 border-l-2 border-dashed border-accent" style={{ left: `${todayPct}%` }} title="Today" />
        <ol aria-label="Status periods" className="absolute inset-x-0 m-0 h-6 list-none p-0" style={{ top: `${laneCount * LANE + 0.75}rem` }}>
          {statusPeriods.map((p) => {
            const left = scale.pct(p.from);
            const width = Math.max(0.5, scale.pct(p.to ?? today) - left);
            const label = `${STATUS_INFO[p.status].label}, ${when(p.from)} – ${p.to ? when(p.to) : "now"}`;
            return (
              <li key={p.from} className="absolute inset-y-0 overflow-hidden border-r border-paper" style={{ left: `${left}%`, width: `${width}%`, ...statusBackground(p.status) }} title={label}>
                <span className="sr-only">{label}</span>
                <span aria-hidden="true" className="block truncate px-1 text-xs leading-6 font-medium text-ink [paint-order:stroke] [-webkit-text-stroke:3px_var(--color-paper)]">
                  {STATUS_SHAPES[p.status]} {STATUS_INFO[p.status].label}
                </span>
              </li>
            );
          })}
        </ol>
        {/* The markers are a picture of the milestones, not controls: where milestones crowd together (several in a
            few weeks) no size or spacing of 16–24 px targets avoids overlapping ones on a phone (WCAG 2.5.8). Pointer
            users get each one's tooltip on hover; the milestones table ("View as table") and the page's milestone
            list give everyone the same text, in order. */}
        <ol aria-hidden="true" className="m-0 list-none p-0">
          {sorted.map((m, i) => {
            const label = `${when(m.date, m.precision)}: ${m.description}${m.isPlanned ? " (planned)" : ""}`;
            return (
              <li key={m.id} className="absolute" style={{ left: `${scale.pct(m.date)}%`, top: `${(lanes[i] ?? 0) * LANE + 0.25}rem` }}>
                <span className="absolute top-2 left-0 w-px bg-muted/60" style={{ height: `${(laneCount - (lanes[i] ?? 0)) * LANE + 0.25}rem` }} />
                <span className="group/marker relative -ml-2 flex size-4 items-center justify-center rounded-full">
                  <span className={`block size-2.5 rounded-full border-2 border-ink ${m.isPlanned ? "bg-paper" : "bg-ink"}`} />
                  <span className="pointer-events-none absolute bottom-full left-1/2 z-30 mb-1 hidden w-max max-w-64 -translate-x-1/2 rounded border border-line bg-paper px-2 py-1 text-left text-xs text-ink shadow-md group-hover/marker:block">
                    {label}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    </ChartFrame>
  );
}
