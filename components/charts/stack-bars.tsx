// The dashboard's status-stacked bars, drawn on the server in HTML positioned in percent: no chart library and no
// script, so nothing runs or measures text while the page loads (Recharts did, for ~1.7 s of a mobile CPU), and
// the bars are there without JavaScript. Each category is one link to the list narrowed to it, whose tooltip (hover
// or keyboard focus, CSS only: .bar-tip in globals.css) gives the counts; the downloaded SVG is drawn from the same
// rows (stack-svg.ts). Few elements per bar: the page hydrates every one of them.
import Link from "next/link";
import { STATUS_SHAPES } from "@/components/ui/status-badge";
import type { StackRow } from "@/lib/stats/stack";
import { STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";
import { type CountScale, countScale, labelStep } from "./stack-scale";
import { StatusFillStyles } from "./status-patterns";

type Props = {
  rows: readonly StackRow[];
  statuses: readonly Status[];
  /** "bars": categories down the side (domains, countries); "columns": categories along the bottom (years). */
  orientation: "bars" | "columns";
  /** Where a category goes (the list, filtered to it), by row key. */
  links: Record<string, string>;
};
type DrawProps = Omit<Props, "orientation"> & { scale: CountScale };

const pct = (n: number) => `${n}%`;
const present = (row: StackRow, statuses: readonly Status[]) => statuses.filter((s) => row.counts[s] > 0);

/** "5G — 6 initiatives: 4 operational, 2 in progress" (unlike the table's "6 initiatives in 5G", so both stay unique). */
export function barLabel(row: StackRow, statuses: readonly Status[]): string {
  const parts = present(row, statuses).map((s) => `${row.counts[s]} ${STATUS_INFO[s].label.toLowerCase()}`);
  const total = row.total === 1 ? "1 initiative" : `${row.total || "no"} initiatives`;
  return parts.length ? `${row.label} — ${total}: ${parts.join(", ")}` : `${row.label} — ${total}`;
}

/** The tooltip's lines: the category, "● Operational  4" per status, the total. */
export function barTip(row: StackRow, statuses: readonly Status[]): string {
  return [row.label, ...present(row, statuses).map((s) => `${STATUS_SHAPES[s]} ${STATUS_INFO[s].label}  ${row.counts[s]}`), `Total  ${row.total}`].join("\n");
}

type BarProps = { row: StackRow; statuses: readonly Status[]; href: string; scale: CountScale; vertical: boolean; firstHalf: boolean };

/**
 * One category: a link over its whole band (a large target even for a short bar) holding the stacked segments, in
 * vocabulary order from the axis outwards. Its tooltip opens away from the chart's edge.
 */
function Bar({ row, statuses, href, scale, vertical, firstHalf }: BarProps) {
  const tipAt = vertical ? (firstHalf ? "right" : "left") : firstHalf ? "below" : "above";
  const size = pct(scale.pct(row.total));
  return (
    <Link
      href={href}
      prefetch={false}
      aria-label={barLabel(row, statuses)}
      data-tip={barTip(row, statuses)}
      data-tip-at={tipAt}
      className={`bar-tip absolute inset-0 flex rounded-sm no-underline hover:bg-line/35 focus:bg-line/35 ${vertical ? "items-end justify-center" : "items-center"}`}
    >
      <span className={vertical ? "flex w-3/4 flex-col-reverse divide-y divide-y-reverse divide-paper" : "flex h-3/4 divide-x divide-paper"} style={vertical ? { height: size } : { width: size }}>
        {present(row, statuses).map((s) => (
          <span key={s} data-segment={s} className={`status-fill-${s}`} style={{ flexGrow: row.counts[s] }} />
        ))}
      </span>
    </Link>
  );
}

const AXIS_CLASS = {
  x: { lines: "absolute inset-y-0 border-l border-line", labels: "absolute top-0.5 -translate-x-1/2 tabular-nums" },
  y: { lines: "absolute inset-x-0 border-t border-line", labels: "absolute right-1.5 translate-y-1/2 tabular-nums" },
};

/** The count axis: its gridlines across the plot, or its numbers beside it. */
function CountAxis({ scale, axis, part }: { scale: CountScale; axis: "x" | "y"; part: "lines" | "labels" }) {
  return scale.ticks.map((tick) => (
    <span key={tick} className={AXIS_CLASS[axis][part]} style={axis === "x" ? { left: pct(scale.pct(tick)) } : { bottom: pct(scale.pct(tick)) }}>
      {part === "labels" ? tick : null}
    </span>
  ));
}

function Bars({ rows, statuses, links, scale }: DrawProps) {
  return (
    <div className="grid h-full grid-cols-[minmax(0,8rem)_1fr] grid-rows-[1fr_auto] gap-x-2 text-xs text-muted">
      <div aria-hidden="true" className="relative col-start-2 row-start-1">
        <CountAxis scale={scale} axis="x" part="lines" />
      </div>
      <ol className="col-[1/3] row-start-1 m-0 grid list-none grid-cols-subgrid p-0" style={{ gridTemplateRows: `repeat(${rows.length}, minmax(1.5rem, 1fr))` }}>
        {rows.map((row, index) => (
          <li key={row.key} className="col-span-2 grid grid-cols-subgrid items-center">
            <span aria-hidden="true" className="truncate text-right" title={row.label}>
              {row.label}
            </span>
            <div className="relative h-full">
              <Bar row={row} statuses={statuses} href={links[row.key] ?? "#"} scale={scale} vertical={false} firstHalf={index < rows.length / 2} />
            </div>
          </li>
        ))}
      </ol>
      <div aria-hidden="true" className="relative col-start-2 h-5">
        <CountAxis scale={scale} axis="x" part="labels" />
      </div>
    </div>
  );
}

function Columns({ rows, statuses, links, scale }: DrawProps) {
  const every = labelStep(rows.length);
  // Each column is at least 1.5rem wide, a touch target's minimum (WCAG 2.5.8): with many years on a phone the plot
  // scrolls sideways under a fixed count axis rather than narrowing its links below 24 px, and opens on the latest
  // years (the scroller reads right to left, the chart inside it left to right).
  return (
    <div className="grid h-full grid-cols-[2rem_1fr] grid-rows-[1fr_1.25rem] text-xs text-muted">
      <div aria-hidden="true" className="relative">
        <CountAxis scale={scale} axis="y" part="labels" />
      </div>
      <div className="col-start-2 row-span-2 row-start-1 min-w-0 overflow-x-auto [direction:rtl]">
        <div className="grid h-full grid-rows-[1fr_1.25rem] [direction:ltr]" style={{ minWidth: `${rows.length * 1.5}rem` }}>
          <div className="relative">
            <div aria-hidden="true">
              <CountAxis scale={scale} axis="y" part="lines" />
            </div>
            <ol className="absolute inset-0 m-0 flex list-none p-0">
              {rows.map((row, index) => (
                <li key={row.key} className="relative flex-1">
                  <Bar row={row} statuses={statuses} href={links[row.key] ?? "#"} scale={scale} vertical firstHalf={index < rows.length / 2} />
                </li>
              ))}
            </ol>
          </div>
          <ol aria-hidden="true" className="m-0 flex list-none p-0">
            {rows.map((row, index) => (
              <li key={row.key} className="flex-1 pt-0.5 text-center tabular-nums">
                {index % every === 0 || index === rows.length - 1 ? row.label : ""}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </div>
  );
}

/** Bars or columns of counts stacked by status; each status has its colour and its pattern. */
export function StackBars({ rows, statuses, orientation, links }: Props) {
  const scale = countScale(Math.max(0, ...rows.map((r) => r.total)));
  const Draw = orientation === "bars" ? Bars : Columns;
  return (
    <>
      <StatusFillStyles />
      <Draw rows={rows} statuses={statuses} links={links} scale={scale} />
    </>
  );
}
