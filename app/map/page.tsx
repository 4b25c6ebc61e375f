import type { Metadata } from "next";
import Link from "next/link";
import { AseanMap } from "@/components/charts/asean-map";
import { MAP_HEIGHT, MAP_WIDTH } from "@/components/charts/asean-map-geometry";
import { ChartFrame } from "@/components/charts/chart-frame";
import { projectLonLat } from "@/components/charts/map-projection";
import { ScopeSwitch } from "@/components/charts/scope-switch";
import { SiteTable } from "@/components/charts/site-table";
import { FilterBar } from "@/components/charts/filter-bar";
import { getDb } from "@/db/client";
import { filtersToSearchParams, parseFiltersLenient } from "@/lib/initiatives/filters";
import { withQuery } from "@/lib/stats/filter-bar";
import { mapSummary } from "@/lib/stats/map-scale";
import { chartFilters } from "@/lib/stats/timeline-params";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { cachedReads } from "@/lib/cache/reads";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Map" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = chartFilters(parseFiltersLenient(await searchParams));
  const db = await getDb();
  const [counts, filterBar, sites] = await Promise.all([
    cachedReads.countInitiativesByCountry(db, filters),
    cachedReads.getFilterBarProps(db, filters, "/map"),
    cachedReads.findMapSites(db, filters),
  ]);
  const points = sites
    .map((site) => {
      const [x, y] = projectLonLat(site.longitude, site.latitude);
      return { x, y, kind: site.kind };
    })
    .filter((p) => p.x >= 0 && p.x <= MAP_WIDTH && p.y >= 0 && p.y <= MAP_HEIGHT);
  const named = counts.map((c) => ({ ...c, name: COUNTRY_INFO[c.code].nameEn }));
  const ranked = [...named].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold">Map</h1>
        <p className="text-muted">
          China and the ASEAN members, shaded by how many initiatives involve each under the current filters, with the sites
          of physical projects and the landing points of cables. Select a country for its page.
        </p>
      </header>
      <ScopeSwitch path="/map" filters={filters} />
      <FilterBar {...filterBar} />
      <ChartFrame
        title="Initiatives by country"
        summary={`${mapSummary(named)} An initiative with several countries counts for each${filters.scope === "local" ? "; region-wide agreements are left out" : ""}. ${points.length} of ${sites.length} sites lie within the map.`}
        fileName="initiatives-by-country-map"
        csv={{ header: ["Country", "Code", "Initiatives"], rows: ranked.map((c) => [c.name, c.code, c.count]) }}
        height="auto"
        className="mx-auto max-w-4xl"
        table={
          <table className="w-full text-sm tabular-nums">
            <caption className="sr-only">Initiatives involving each country under the current filters</caption>
            <thead>
              <tr className="border-b border-line text-left text-muted">
                <th scope="col" className="py-1.5 font-medium">Country</th>
                <th scope="col" className="py-1.5 text-right font-medium">Initiatives</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((c) => (
                <tr key={c.code} className="border-b border-line/60" data-country={c.code}>
                  <th scope="row" className="py-1.5 text-left font-normal">
                    <Link href={`/countries/${c.code}`}>{c.name}</Link>
                  </th>
                  <td className="py-1.5 text-right">
                    <Link href={withQuery("/initiatives", filtersToSearchParams({ ...filters, country: [c.code] }))} aria-label={`${c.count} initiatives involving ${c.name}`}>
                      {c.count}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <AseanMap counts={counts} sites={points} label="Map: initiatives per country under the current filters" />
      </ChartFrame>
      <SiteTable sites={sites} />
    </div>
  );
}
