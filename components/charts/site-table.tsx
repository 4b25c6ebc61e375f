import Link from "next/link";
import type { MapSite } from "@/lib/stats/sites";
import { regionName } from "@/lib/vocabulary/regions";

/** The map's sites as a table: what each marker is, where, and which initiative it belongs to. */
export function SiteTable({ sites }: { sites: MapSite[] }) {
  return (
    <section id="sites" aria-labelledby="sites-heading" className="mx-auto max-w-4xl scroll-mt-24">
      <h2 id="sites-heading" className="mb-3 text-xl font-semibold">
        Sites and landing points ({sites.length})
      </h2>
      {sites.length === 0 ? (
        <p className="text-sm text-muted">No initiative under these filters records a site.</p>
      ) : (
        <div className="max-h-[32rem] overflow-auto rounded border border-line" tabIndex={0} aria-label="Sites and landing points, scrollable">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Sites and cable landing points of the initiatives under the current filters</caption>
            <thead className="sticky top-0 bg-paper">
              <tr className="border-b border-line text-muted">
                <th scope="col" className="px-2 py-1.5 font-medium">Initiative</th>
                <th scope="col" className="px-2 py-1.5 font-medium">Site</th>
                <th scope="col" className="px-2 py-1.5 font-medium">Kind</th>
                <th scope="col" className="px-2 py-1.5 font-medium">Where</th>
              </tr>
            </thead>
            <tbody>
              {sites.map((s) => (
                <tr key={`${s.initiative.slug}-${s.kind}-${s.name}`} className="border-b border-line/60">
                  <td className="px-2 py-1.5">
                    <Link href={`/initiatives/${s.initiative.slug}#sites`}>{s.initiative.name}</Link>
                  </td>
                  <td className="px-2 py-1.5">{s.name}</td>
                  <td className="px-2 py-1.5">{s.kind === "landing-point" ? "Landing point" : "Site"}</td>
                  <td className="px-2 py-1.5">
                    {s.city ? `${s.city}, ` : ""}
                    {regionName(s.countryCode)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
