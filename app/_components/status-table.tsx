import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";

type Props = { byStatus: { status: Status; count: number }[]; hrefFor: (status: Status) => string };

/** Initiatives by status with what each status means; every count links to the list under the same filters. */
export function StatusTable({ byStatus, hrefFor }: Props) {
  const total = byStatus.reduce((n, s) => n + s.count, 0);
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-line p-4">
      <h2 id="status-heading" className="mb-2 text-xl font-semibold">
        Initiatives by status
      </h2>
      <table className="w-full text-sm">
        <caption className="sr-only">Number of initiatives in each status, with what the status means</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-1.5 font-medium">Status</th>
            <th scope="col" className="py-1.5 pl-2 text-right font-medium">Initiatives</th>
            <th scope="col" className="py-1.5 pl-3 text-right font-medium">Share</th>
          </tr>
        </thead>
        <tbody>
          {byStatus.map((row) => (
            <tr key={row.status} className="border-b border-line/60 align-top" data-status={row.status}>
              <td className="py-1.5 pr-3">
                <StatusBadge status={row.status} />
                <p className="mt-0.5 text-xs text-muted">{STATUS_INFO[row.status].explanation}</p>
              </td>
              <td className="py-1.5 text-right tabular-nums">
                <Link href={hrefFor(row.status)} aria-label={`${row.count} ${STATUS_INFO[row.status].label} initiatives`}>
                  {row.count}
                </Link>
              </td>
              <td className="py-1.5 pl-3 text-right text-muted tabular-nums">{total ? `${Math.round((row.count / total) * 100)}%` : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
