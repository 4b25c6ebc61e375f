import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { getDb } from "@/db/client";
import { countInitiativesByDomain, countInitiativesByStatus, getHeadlineCounts } from "@/lib/stats/queries";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const db = await getDb();
  const [byStatus, byDomain, headline] = await Promise.all([
    countInitiativesByStatus(db),
    countInitiativesByDomain(db),
    getHeadlineCounts(db),
  ]);

  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="max-w-3xl space-y-3">
        <h1 id="intro-heading" className="text-3xl font-semibold sm:text-4xl">
          China–ASEAN digital cooperation, tracked from the sources
        </h1>
        <p className="text-lg text-muted">
          AI centres, submarine and cross-border cables, computing-power plans, 5G, data centres and trade agreements —
          each with its status history and timeline, and every claim cited to the article that reports it.
        </p>
      </section>

      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {[
          { label: "Initiatives tracked", value: headline.initiatives },
          { label: "Sources cited", value: headline.sources },
          { label: "Countries involved", value: headline.countries },
        ].map((item) => (
          <div key={item.label} className="rounded-lg border border-line p-4">
            <dt className="text-sm text-muted">{item.label}</dt>
            <dd className="font-serif text-3xl font-semibold tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="mb-3 text-xl font-semibold">
            Initiatives by status
          </h2>
          <table className="w-full text-sm">
            <caption className="sr-only">Number of initiatives in each status</caption>
            <thead>
              <tr className="border-b border-line text-left text-muted">
                <th scope="col" className="py-2 font-medium">Status</th>
                <th scope="col" className="py-2 font-medium">Meaning</th>
                <th scope="col" className="py-2 text-right font-medium">Initiatives</th>
              </tr>
            </thead>
            <tbody>
              {byStatus.map((row) => (
                <tr key={row.status} className="border-b border-line/60" data-status={row.status}>
                  <td className="py-2 pr-3">
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="py-2 pr-3 text-muted">{STATUS_INFO[row.status].explanation}</td>
                  <td className="py-2 text-right tabular-nums">
                    <Link href={`/initiatives?status=${row.status}`} aria-label={`${row.count} ${STATUS_INFO[row.status].label} initiatives`}>
                      {row.count}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="domain-heading">
          <h2 id="domain-heading" className="mb-3 text-xl font-semibold">
            Initiatives by domain
          </h2>
          <table className="w-full text-sm">
            <caption className="sr-only">Number of initiatives in each domain; an initiative can be in several domains</caption>
            <thead>
              <tr className="border-b border-line text-left text-muted">
                <th scope="col" className="py-2 font-medium">Domain</th>
                <th scope="col" className="py-2 text-right font-medium">Initiatives</th>
              </tr>
            </thead>
            <tbody>
              {byDomain.map((row) => (
                <tr key={row.slug} className="border-b border-line/60" data-domain={row.slug}>
                  <td className="py-2 pr-3">{row.label}</td>
                  <td className="py-2 text-right tabular-nums">
                    <Link href={`/initiatives?domain=${row.slug}`} aria-label={`${row.count} initiatives in ${row.label}`}>
                      {row.count}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
