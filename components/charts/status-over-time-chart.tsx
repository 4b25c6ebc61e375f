"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, type TooltipContentProps, XAxis, YAxis } from "recharts";
import { STATUS_SHAPES } from "@/components/ui/status-badge";
import type { StackRow } from "@/lib/stats/stack";
import { STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";
import { patternId, StatusPatternDefs } from "./status-patterns";

type Props = {
  /** One row per year (key = label = the year), as getStatusOverTime returns them. */
  rows: readonly StackRow[];
  statuses: readonly Status[];
  title: string;
  summary: string;
  /** The last year's row counts up to this day rather than to 31 December (today, or the view's as-of day). */
  lastDayLabel: string;
};

type Datum = { key: string; label: string; total: number } & Record<Status, number>;

const tick = { fill: "var(--color-muted)", fontSize: 12 };

function YearTooltip({ active, payload, statuses }: TooltipContentProps & { statuses: readonly Status[] }) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  return (
    <div className="rounded border border-line bg-paper px-3 py-2 text-xs text-ink shadow-md">
      <p className="mb-1 font-semibold">{datum.label}</p>
      <ul className="space-y-0.5 tabular-nums">
        {statuses.map((s) => (
          <li key={s} className={`flex justify-between gap-4 ${datum[s] ? "" : "text-muted"}`}>
            <span>
              <span aria-hidden="true" style={{ color: `var(--color-status-${s})` }}>
                {STATUS_SHAPES[s]}{" "}
              </span>
              {STATUS_INFO[s].label}
            </span>
            <span>{datum[s]}</span>
          </li>
        ))}
        <li className="flex justify-between gap-4 border-t border-line pt-0.5 font-medium">
          <span>Total</span>
          <span>{datum.total}</span>
        </li>
      </ul>
    </div>
  );
}

/**
 * Initiatives per status at the end of each year, as stacked columns with each status's colour and pattern. Focus the
 * chart and use the arrow keys to move the tooltip from year to year (Recharts' accessibility layer).
 */
export function StatusOverTimeChart({ rows, statuses, title, summary, lastDayLabel }: Props) {
  const prefix = `sot${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const data: Datum[] = rows.map((r, i) => ({
    key: r.key,
    label: i === rows.length - 1 ? `${r.label} (to ${lastDayLabel})` : `End of ${r.label}`,
    total: r.total,
    ...r.counts,
  }));
  const maxTotal = Math.max(1, ...rows.map((r) => r.total));
  return (
    <BarChart
      responsive
      data={data}
      accessibilityLayer
      title={title}
      desc={summary}
      data-chart=""
      margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
      barCategoryGap="18%"
      style={{ width: "100%", height: "100%" }}
    >
      <StatusPatternDefs prefix={prefix} />
      <CartesianGrid stroke="var(--color-line)" vertical={false} />
      <XAxis dataKey="key" tick={tick} interval="preserveStartEnd" stroke="var(--color-line)" />
      {/* Whole-number ticks that end at a round count: 0–1 for one initiative, 0–40 for 37. */}
      <YAxis
        allowDecimals={false}
        tickCount={Math.min(5, maxTotal + 1)}
        tick={tick}
        width={32}
        stroke="var(--color-line)"
      />
      <Tooltip
        content={(props) => <YearTooltip {...props} statuses={statuses} />}
        cursor={{ fill: "var(--color-line)", fillOpacity: 0.35 }}
        isAnimationActive={false}
      />
      {statuses.map((s) => (
        <Bar
          key={s}
          dataKey={s}
          name={STATUS_INFO[s].label}
          stackId="status"
          fill={`url(#${patternId(prefix, s)})`}
          stroke="var(--color-paper)"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
