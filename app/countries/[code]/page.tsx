import type { Metadata } from "next";
import { ScopeSwitch } from "@/components/charts/scope-switch";
import { StatusOverTimePanel } from "@/components/charts/status-over-time-panel";
import { InitiativeBrowser } from "@/components/initiatives/initiative-browser";
import { EntitySummaryFigures } from "@/components/initiatives/entity-summary";
import { LazyAseanMap } from "@/components/initiatives/lazy-charts";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { getEnv } from "@/lib/env";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { countryOrNotFound } from "./country-param";
import { cachedReads } from "@/lib/cache/reads";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = countryOrNotFound((await params).code);
  const info = COUNTRY_INFO[code];
  return {
    title: `${info.nameEn} (${info.nameZh})`,
    description: `China–ASEAN digital cooperation initiatives involving ${info.nameEn}: status, domains, partners and the sources behind each.`,
    alternates: { canonical: `${getEnv().APP_URL}/countries/${code}` },
  };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const code = countryOrNotFound((await params).code);
  const info = COUNTRY_INFO[code];
  const filters = parseFiltersLenient(await searchParams, { country: [code] });
  // The scope switch narrows the summary, the map and the chart as well as the list.
  const entity = parseFiltersLenient({}, { country: [code], scope: filters.scope });
  const db = await getDb();
  const [list, summary, mapCounts, overTime] = await Promise.all([
    cachedReads.findInitiatives(db, filters),
    cachedReads.getEntitySummary(db, entity),
    cachedReads.countInitiativesByCountry(db, parseFiltersLenient({}, { scope: filters.scope })),
    cachedReads.getStatusOverTime(db, entity),
  ]);
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/countries", label: "Countries" }]}
        eyebrow={info.aseanMemberSince ? `ASEAN member since ${formatPartialDate({ date: info.aseanMemberSince, precision: "year" })}` : "ASEAN dialogue partner"}
        title={info.nameEn}
        description={
          <p className="text-base">
            <span lang="zh">{info.nameZh}</span> · <span lang="de">{info.nameDe}</span>
            {info.variants.length > 0 && <span className="text-muted"> · also {info.variants.slice(0, 3).join(", ")}</span>}
          </p>
        }
      >
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
          <div className="space-y-4">
            <ScopeSwitch path={`/countries/${code}`} filters={{ ...filters, country: [] }} />
            <EntitySummaryFigures summary={summary} />
          </div>
          <LazyAseanMap counts={mapCounts} highlight={code} label={`Map: initiatives per country, ${info.nameEn} outlined`} className="print:hidden" />
        </div>
      </PageHeader>
      <StatusOverTimePanel rows={overTime} subject={`involving ${info.nameEn}`} basePath={`/countries/${code}`} fileName={`status-over-time-${code}`} className="mb-8" />
      <section aria-labelledby="country-initiatives">
        <h2 id="country-initiatives" className="mb-4 text-2xl font-semibold">
          Initiatives involving {info.nameEn}
        </h2>
        <InitiativeBrowser list={list} filters={filters} basePath={`/countries/${code}`} locked={{ country: true }} searchLabel={`Search initiatives involving ${info.nameEn}`} />
      </section>
    </>
  );
}
