"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, type TooltipContentProps, XAxis, YAxis } from "recharts";
import { STATUS_SHAPES } from "@/components/ui/status-badge";
import type { StackRow } from "@/lib/stats/stack";
import { STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";
import { patternId, StatusPatternDefs } from "./status-patterns";

type Props = {
  rows: readonly StackRow[];
  statuses: readonly Status[];
  /** "bars": categories down the side (domains, countries); "columns": categories along the bottom (years). */
  orientation: "bars" | "columns";
  title: string;
  summary: string;
  /** Where clicking a category goes (the list, filtered to it), by row key. */
  links?: Record<string, string>;
  categoryWidth?: number;
};

type Datum = { key: string; label: string; total: number } & Record<Status, number>;

const tick = { fill: "var(--color-muted)", fontSize: 12 };
const shorten = (label: string) => (label.length > 18 ? `${label.slice(0, 16).trimEnd()}…` : label);

/** Category names on one line (Recharts would wrap them), shortened; the full name is in the tooltip and the table. */
function CategoryTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const label = String(payload?.value ?? "");
  return (
    <text x={Number(x) - 6} y={Number(y)} dy={4} textAnchor="end" style={{ fill: "var(--color-muted)", fontSize: 12 }}>
      <title>{label}</title>
      {shorten(label)}
    </text>
  );
}

function StatusTooltip({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const present = (Object.keys(STATUS_INFO) as Status[]).filter((s) => datum[s] > 0);
  return (
    <div className="rounded border border-line bg-paper px-3 py-2 text-xs text-ink shadow-md">
      <p className="mb-1 font-semibold">{datum.label}</p>
      <ul className="space-y-0.5 tabular-nums">
        {present.map((s) => (
          <li key={s} className="flex justify-between gap-4">
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

/** A stacked bar chart of counts by status; each status has its colour and its pattern. */
export function StatusStackChart({ rows, statuses, orientation, title, summary, links, categoryWidth = 124 }: Props) {
  const router = useRouter();
  const prefix = `st${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const data: Datum[] = rows.map((r) => ({ key: r.key, label: r.label, total: r.total, ...r.counts }));
  const isBars = orientation === "bars";
  const open = (datum: unknown) => {
    const key = (datum as { payload?: Datum } | undefined)?.payload?.key;
    const href = key ? links?.[key] : undefined;
    if (href) router.push(href);
  };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout={isBars ? "vertical" : "horizontal"}
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        barCategoryGap="22%"
        title={title}
        desc={summary}
        style={{ cursor: links ? "pointer" : undefined }}
      >
        <StatusPatternDefs prefix={prefix} />
        <CartesianGrid stroke="var(--color-line)" horizontal={!isBars} vertical={isBars} />
        {isBars ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={tick} stroke="var(--color-line)" />
            <YAxis type="category" dataKey="label" width={categoryWidth} tick={CategoryTick} interval={0} stroke="var(--color-line)" />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={tick} interval="preserveStartEnd" stroke="var(--color-line)" />
            <YAxis allowDecimals={false} tick={tick} width={32} stroke="var(--color-line)" />
          </>
        )}
        <Tooltip content={StatusTooltip} cursor={{ fill: "var(--color-line)", fillOpacity: 0.35 }} isAnimationActive={false} />
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
            onClick={open}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
