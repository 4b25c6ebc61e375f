import { formatPartialDate } from "@/lib/dates/partial-date";
import { isoToday } from "@/lib/stats/dates";
import { type StackRow, stackTable, statusesPresent } from "@/lib/stats/stack";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { ChartFrame } from "./chart-frame";
import { LazyStatusOverTimeChart } from "./lazy-status-over-time-chart";
import { StackTable } from "./stack-table";
import { StatusLegend } from "./status-legend";

type Props = {
  /** getStatusOverTime's rows: one per year, the last one counted up to today. */
  rows: readonly StackRow[];
  /** Completes "initiatives …": "involving Thailand", "in 5G". */
  subject: string;
  /** The entity page's own path; each year's total links to its list as of that year's end. */
  basePath: string;
  fileName: string;
  className?: string;
};

const plural = (n: number) => `${n} initiative${n === 1 ? "" : "s"}`;

/** The summary read before the chart: the span of years and the latest year's statuses in words. */
export function describeStatusOverTime(rows: readonly StackRow[], subject: string, lastDay: string): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return `No initiatives ${subject} on record yet.`;
  const latest = statusesPresent([last]).map((s) => `${last.counts[s]} ${STATUS_INFO[s].label.toLowerCase()}`);
  const span = first === last ? `in ${first.label}` : `from ${first.label} to ${last.label}`;
  return `How many initiatives ${subject} stood in each status at the end of each year ${span}, replayed from their status histories; ${last.label} counts up to ${lastDay}. In ${last.label}: ${plural(last.total)}${latest.length ? ` (${latest.join(", ")})` : ""}.`;
}

/**
 * "Status over time" on an entity page: the Recharts chart (lazy, its own chunk) inside the shared frame, with the
 * same numbers server-rendered as a table (and as CSV), so the figures are there before and without the script.
 */
export function StatusOverTimePanel({ rows, subject, basePath, fileName, className }: Props) {
  if (!rows.length) return null;
  const statuses = statusesPresent(rows);
  const today = isoToday();
  const lastDay = formatPartialDate({ date: today, precision: "day" });
  const title = "Status over time";
  const summary = describeStatusOverTime(rows, subject, lastDay);
  const lastKey = rows.at(-1)?.key;
  const totalLink = (row: StackRow) => ({
    href: row.key === lastKey ? basePath : `${basePath}?asOf=${row.key}-12-31`,
    label: `${plural(row.total)} ${subject} ${row.key === lastKey ? `in ${row.key} so far` : `at the end of ${row.key}`}: the list as it stood then`,
  });
  return (
    <ChartFrame
      title={title}
      summary={summary}
      fileName={fileName}
      csv={stackTable(rows, "Year")}
      height="16rem"
      className={`print:break-inside-avoid ${className ?? ""}`}
      controls={<StatusLegend statuses={statuses} />}
      table={
        <StackTable
          rows={rows}
          caption={`Initiatives ${subject} by status at the end of each year (${rows.at(-1)?.label}: up to ${lastDay})`}
          categoryHeader="Year"
          totalLink={totalLink}
        />
      }
    >
      <LazyStatusOverTimeChart rows={rows} statuses={statuses} title={title} summary={summary} lastDayLabel={lastDay} />
      <noscript>
        <p className="absolute inset-0 flex items-center justify-center rounded border border-dashed border-line p-4 text-center text-sm text-muted">
          The chart needs JavaScript; the same numbers are in the table below.
        </p>
      </noscript>
    </ChartFrame>
  );
}
