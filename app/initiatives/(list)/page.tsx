import type { Metadata } from "next";
import { AsOfControl } from "@/components/export/as-of-control";
import { ExportMenu } from "@/components/export/export-menu";
import { FollowLink } from "@/components/export/follow-link";
import { InitiativeBrowser } from "@/components/initiatives/initiative-browser";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getEnv } from "@/lib/env";
import { feedHref } from "@/lib/export/urls";
import { filtersToSearchParams, parseFiltersLenient } from "@/lib/initiatives/filters";
import { describeFilters } from "@/components/initiatives/describe-filters";
import { cachedReads } from "@/lib/cache/reads";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseFiltersLenient(await searchParams);
  const qs = filtersToSearchParams({ ...filters, page: filters.page }).toString();
  const scope = describeFilters(filters);
  return {
    title: scope ? `Initiatives: ${scope}` : "Initiatives",
    description: `China–ASEAN digital cooperation initiatives${scope ? ` (${scope})` : ""}, with status, domains, countries and the sources behind every claim. Search in English, Chinese or German.`,
    alternates: {
      canonical: `${getEnv().APP_URL}/initiatives${qs ? `?${qs}` : ""}`,
      types: { "application/atom+xml": [{ url: feedHref(filters), title: `Status changes and milestones${scope ? `: ${scope}` : ""} (Atom)` }] },
    },
  };
}

export default async function InitiativesPage({ searchParams }: Props) {
  const params = await searchParams;
  const filters = parseFiltersLenient(params);
  const list = await cachedReads.findInitiatives(await getDb(), filters);
  return (
    <>
      <PageHeader
        title="Initiatives"
        description="Every tracked China–ASEAN digital cooperation initiative, with its current status and the evidence behind it. Filter by facet, search in any language, and share the URL: it reproduces this exact view."
        actions={
          <>
            <ExportMenu filters={filters} />
            <FollowLink filters={filters} />
          </>
        }
      >
        <AsOfControl action="/initiatives" asOf={filters.asOf} params={params} />
      </PageHeader>
      <InitiativeBrowser list={list} filters={filters} basePath="/initiatives" />
    </>
  );
}
