import type { Metadata } from "next";
import Link from "next/link";
import { LazyAseanMap } from "@/components/initiatives/lazy-charts";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getEnv } from "@/lib/env";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { cachedReads } from "@/lib/cache/reads";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Countries",
    description:
      "China and the ASEAN members: how many digital cooperation initiatives involve each, and how many each hosts.",
    alternates: { canonical: `${getEnv().APP_URL}/countries` },
  };
}

export default async function CountriesPage() {
  const db = await getDb();
  const [counts, mapCounts] = await Promise.all([
    cachedReads.listCountriesWithCounts(db),
    cachedReads.countInitiativesByCountry(db, parseFiltersLenient({})),
  ]);
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <>
      <PageHeader
        title="Countries"
        description="China and the eleven ASEAN members. Each page lists the initiatives a country takes part in, with the same filters as the full list."
      />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:items-start">
        <LazyAseanMap counts={mapCounts} label="Map: initiatives per country" className="print:hidden" />
        <table className="w-full text-sm">
          <caption className="sr-only">Initiatives per country, and how many each hosts</caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">
                Country
              </th>
              <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">
                ASEAN member since
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                Initiatives
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Hosted
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map(({ code, count, hosted }) => {
              const info = COUNTRY_INFO[code];
              return (
                <tr key={code} className="border-b border-line/70">
                  <th scope="row" className="py-3 pr-3 text-left font-normal">
                    <Link href={`/countries/${code}`} className="font-medium">
                      {info.nameEn}
                    </Link>{" "}
                    <span lang="zh" className="text-muted">
                      {info.nameZh}
                    </span>
                  </th>
                  <td className="hidden py-3 pr-3 text-muted sm:table-cell">
                    {info.aseanMemberSince?.slice(0, 4) ?? "— (dialogue partner)"}
                  </td>
                  <td className="py-3 pr-3 text-right">
                    <span className="inline-flex items-center gap-2">
                      <span
                        aria-hidden="true"
                        className="hidden h-1.5 w-24 overflow-hidden rounded-full bg-line sm:inline-block"
                      >
                        <span className="block h-full bg-accent" style={{ width: `${(count / max) * 100}%` }} />
                      </span>
                      <span className="tabular-nums">{count}</span>
                    </span>
                  </td>
                  <td className="py-3 text-right tabular-nums">{hosted}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
