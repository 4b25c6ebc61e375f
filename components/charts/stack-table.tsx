import Link from "next/link";
import { STATUS_SHAPES } from "@/components/ui/status-badge";
import type { StackRow } from "@/lib/stats/stack";
import { statusesPresent } from "@/lib/stats/stack";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";

type Props = {
  rows: readonly StackRow[];
  caption: string;
  categoryHeader: string;
  /** Where a row's total links to (the list under the same filters plus this category), and its accessible name. */
  totalLink?: (row: StackRow) => { href: string; label: string };
};

/** The table alternative of a status-stacked chart: the very rows the chart draws, one column per status shown. */
export function StackTable({ rows, caption, categoryHeader, totalLink }: Props) {
  const statuses = statusesPresent(rows);
  return (
    <table className="w-full text-sm tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line text-left text-muted">
          <th scope="col" className="py-1.5 pr-3 font-medium">
            {categoryHeader}
          </th>
          {statuses.map((s) => (
            <th key={s} scope="col" className="px-2 py-1.5 text-right font-medium whitespace-nowrap">
              <span aria-hidden="true" style={{ color: `var(--color-status-${s})` }}>
                {STATUS_SHAPES[s]}{" "}
              </span>
              {STATUS_INFO[s].label}
            </th>
          ))}
          <th scope="col" className="py-1.5 pl-2 text-right font-medium">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const link = totalLink?.(row);
          return (
            <tr key={row.key} className="border-b border-line/60" data-key={row.key}>
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {row.label}
              </th>
              {statuses.map((s) => (
                <td key={s} className="px-2 py-1.5 text-right">
                  {row.counts[s]}
                </td>
              ))}
              <td className="py-1.5 pl-2 text-right font-medium">
                {link ? (
                  <Link href={link.href} aria-label={link.label}>
                    {row.total}
                  </Link>
                ) : (
                  row.total
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
