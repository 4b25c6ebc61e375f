import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getEnv } from "@/lib/env";
import { parseSourceFiltersLenient, sourceFiltersToSearchParams } from "@/lib/sources/filters";
import { SourceBrowser } from "../_components/source-browser";
import { cachedReads } from "@/lib/cache/reads";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const qs = sourceFiltersToSearchParams(parseSourceFiltersLenient(await searchParams)).toString();
  return {
    title: "Sources",
    description: "The archive of articles and documents behind every claim: publisher, date, language, type, and the passages quoted from each.",
    alternates: { canonical: `${getEnv().APP_URL}/sources${qs ? `?${qs}` : ""}` },
  };
}

export default async function SourcesPage({ searchParams }: Props) {
  const filters = parseSourceFiltersLenient(await searchParams);
  const list = await cachedReads.findSources(await getDb(), filters);
  return (
    <>
      <PageHeader
        title="Sources"
        description="Every article and document cited by the tracker. Where we hold the text, each quoted passage is highlighted in it and linked to the claim it supports."
      />
      <SourceBrowser list={list} filters={filters} />
    </>
  );
}
