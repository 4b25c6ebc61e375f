import Link from "next/link";
import type { Metadata } from "next";
import { FilterBar } from "@/components/charts/filter-bar";
import { AsOfControl } from "@/components/export/as-of-control";
import { ExportMenu } from "@/components/export/export-menu";
import { FollowLink } from "@/components/export/follow-link";
import { StackChartPanel } from "@/components/charts/stack-chart-panel";
import { getDb } from "@/db/client";
import { filtersToSearchParams, parseFiltersLenient } from "@/lib/initiatives/filters";
import { withQuery } from "@/lib/stats/filter-bar";
import { pivotStatusCells, sortByTotal, summarizeStack, yearCategories } from "@/lib/stats/stack";
import { chartFilters } from "@/lib/stats/timeline-params";
import { feedHref } from "@/lib/export/urls";
import { COUNTRY_CODES, COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { ActivityFeed } from "./_components/activity-feed";
import { HeadlineFigures } from "./_components/headline-figures";
import { StatusTable } from "./_components/status-table";
import { yearSummary } from "./_components/year-summary";
import { cachedReads } from "@/lib/cache/reads";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const filters = parseFiltersLenient(await searchParams);
  return { alternates: { types: { "application/atom+xml": [{ url: feedHref(filters), title: "Status changes and milestones (Atom)" }] } } };
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = chartFilters(parseFiltersLenient(await searchParams));
  const db = await getDb();
  const [stats, activity, filterBar] = await Promise.all([
    cachedReads.getDashboardStats(db, filters),
    cachedReads.getRecentActivity(db, filters, 8),
    cachedReads.getFilterBarProps(db, filters, "/"),
  ]);
  const list = (patch: Partial<typeof filters>) => withQuery("/initiatives", filtersToSearchParams({ ...filters, ...patch }));
  const query = filtersToSearchParams(filters);

  const domainRows = sortByTotal(pivotStatusCells(stats.statusByDomain, DOMAIN_SLUGS.map((key) => ({ key, label: DOMAIN_INFO[key].label }))));
  const yearRows = pivotStatusCells(stats.statusByYear, yearCategories(stats.statusByYear));
  const countryRows = sortByTotal(pivotStatusCells(stats.statusByCountry, COUNTRY_CODES.map((key) => ({ key, label: COUNTRY_INFO[key].nameEn }))));

  return (
    <div className="space-y-6">
      <section aria-labelledby="intro-heading" className="max-w-3xl space-y-2">
        <h1 id="intro-heading" className="text-3xl font-semibold sm:text-4xl">
          China–ASEAN digital cooperation, tracked from the sources
        </h1>
        <p className="text-lg text-muted">
          AI centres, submarine and cross-border cables, computing-power plans, 5G, data centres and trade agreements —
          each with its status history and timeline, and every claim cited to the article that reports it.
        </p>
        <p className="text-sm">
          <Link href={withQuery("/timeline", query)} className="underline">
            Timeline of these initiatives
          </Link>
          <span aria-hidden="true" className="mx-2 text-muted">·</span>
          <Link href={withQuery("/map", query)} className="underline">
            Map by country
          </Link>
        </p>
      </section>

      <FilterBar {...filterBar} />

      <div className="flex flex-wrap items-start justify-between gap-3 print:hidden">
        <AsOfControl action="/" asOf={filters.asOf} params={query} />
        <div className="flex items-center gap-2">
          <ExportMenu filters={filters} />
          <FollowLink filters={filters} />
        </div>
      </div>

      <HeadlineFigures figures={stats.headline} />

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <StackChartPanel
          title="Status by domain"
          summary={summarizeStack(domainRows, { one: "domain", many: "domains" })}
          note="An initiative in several domains counts in each."
          fileName="status-by-domain"
          rows={domainRows}
          categoryHeader="Domain"
          caption="Initiatives in each domain by current status; an initiative can be in several domains"
          orientation="bars"
          height={440}
          hrefFor={(row) => list({ domain: [row.key as (typeof filters.domain)[number]] })}
          totalLabel={(row) => `${row.total} initiatives in ${row.label}`}
        />
        <StatusTable byStatus={stats.byStatus} hrefFor={(status) => list({ status: [status] })} />
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <StackChartPanel
          title="First announced per year"
          summary={yearSummary(yearRows, stats.undated)}
          fileName="announced-per-year"
          rows={yearRows}
          categoryHeader="Year"
          caption="Initiatives by the year they were first announced, split by current status"
          orientation="columns"
          height={300}
          hrefFor={(row) => list({ from: row.key, to: row.key })}
          totalLabel={(row) => `${row.total} initiatives first announced in ${row.label}`}
        />
        <StackChartPanel
          title="Initiatives per country"
          summary={summarizeStack(countryRows, { one: "country", many: "countries" })}
          note="An initiative with several countries counts for each."
          fileName="initiatives-per-country"
          rows={countryRows}
          categoryHeader="Country"
          caption="Initiatives involving each country by current status"
          orientation="bars"
          height={300}
          hrefFor={(row) => list({ country: [row.key as (typeof filters.country)[number]] })}
          totalLabel={(row) => `${row.total} initiatives involving ${row.label}`}
        />
      </div>

      <ActivityFeed items={activity} />
    </div>
  );
}
