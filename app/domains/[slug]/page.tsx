import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatusOverTimePanel } from "@/components/charts/status-over-time-panel";
import { EntitySummaryFigures } from "@/components/initiatives/entity-summary";
import { InitiativeBrowser } from "@/components/initiatives/initiative-browser";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getEnv } from "@/lib/env";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { DOMAIN_INFO, type DomainSlug, isDomainSlug } from "@/lib/vocabulary/domains";
import { cachedReads } from "@/lib/cache/reads";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function domainOrNotFound(slug: string): DomainSlug {
  if (!isDomainSlug(slug)) notFound();
  return slug;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = domainOrNotFound((await params).slug);
  const info = DOMAIN_INFO[slug];
  return {
    title: `${info.label} — domain`,
    description: `${info.description} China–ASEAN initiatives in ${info.label}, with status and sources.`,
    alternates: { canonical: `${getEnv().APP_URL}/domains/${slug}` },
  };
}

export default async function DomainPage({ params, searchParams }: Props) {
  const slug = domainOrNotFound((await params).slug);
  const info = DOMAIN_INFO[slug];
  const filters = parseFiltersLenient(await searchParams, { domain: [slug] });
  const entity = parseFiltersLenient({}, { domain: [slug] });
  const db = await getDb();
  const [list, summary, overTime] = await Promise.all([
    cachedReads.findInitiatives(db, filters),
    cachedReads.getEntitySummary(db, entity),
    cachedReads.getStatusOverTime(db, entity),
  ]);
  return (
    <>
      <PageHeader crumbs={[{ href: "/domains", label: "Domains" }]} eyebrow="Domain" title={info.label} description={info.description}>
        <EntitySummaryFigures summary={summary} />
      </PageHeader>
      <StatusOverTimePanel rows={overTime} subject={`in ${info.label}`} basePath={`/domains/${slug}`} fileName={`status-over-time-${slug}`} className="mb-8" />
      <section aria-labelledby="domain-initiatives">
        <h2 id="domain-initiatives" className="mb-4 text-2xl font-semibold">
          Initiatives in {info.label}
        </h2>
        <InitiativeBrowser list={list} filters={filters} basePath={`/domains/${slug}`} locked={{ domain: true }} searchLabel={`Search initiatives in ${info.label}`} />
      </section>
    </>
  );
}
