import type { StackRow } from "@/lib/stats/stack";
import { stackTable, statusesPresent } from "@/lib/stats/stack";
import { StackBars } from "./stack-bars";
import { StackChartFrame } from "./stack-chart-frame";
import { StackTable } from "./stack-table";
import { StatusLegend } from "./status-legend";

type Props = {
  title: string;
  summary: string;
  fileName: string;
  rows: StackRow[];
  categoryHeader: string;
  caption: string;
  orientation: "bars" | "columns";
  height: number;
  /** The list under the same filters, narrowed to one row's category. */
  hrefFor: (row: StackRow) => string;
  /** Accessible name of a row's total link, e.g. "6 initiatives in 5G". */
  totalLabel: (row: StackRow) => string;
  note?: string;
  className?: string;
};

/** A status-stacked chart with everything around it, drawn on the server from one set of rows (no chart script). */
export function StackChartPanel({ title, summary, fileName, rows, categoryHeader, caption, orientation, height, hrefFor, totalLabel, note, className }: Props) {
  const statuses = statusesPresent(rows);
  const csv = stackTable(rows, categoryHeader);
  return (
    <StackChartFrame
      title={title}
      summary={note ? `${summary} ${note}` : summary}
      fileName={fileName}
      csv={csv}
      drawing={{ rows, statuses, orientation, height, title }}
      className={className}
      controls={statuses.length ? <StatusLegend statuses={statuses} /> : null}
      table={<StackTable rows={rows} caption={caption} categoryHeader={categoryHeader} totalLink={(row) => ({ href: hrefFor(row), label: totalLabel(row) })} />}
    >
      {rows.some((r) => r.total > 0) ? (
        <StackBars rows={rows} statuses={statuses} orientation={orientation} links={Object.fromEntries(rows.map((r) => [r.key, hrefFor(r)]))} />
      ) : (
        <p className="flex h-full items-center justify-center rounded border border-dashed border-line text-sm text-muted">
          Nothing to draw under these filters.
        </p>
      )}
    </StackChartFrame>
  );
}
