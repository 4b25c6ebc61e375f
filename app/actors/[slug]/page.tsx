import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { cache } from "react";
import { StatusOverTimePanel } from "@/components/charts/status-over-time-panel";
import { EntitySummaryFigures } from "@/components/initiatives/entity-summary";
import { InitiativeBrowser } from "@/components/initiatives/initiative-browser";
import { languageName } from "@/components/initiatives/language-name";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getEnv } from "@/lib/env";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { ACTOR_KIND_LABELS } from "@/components/initiatives/actor-kinds";
import { cachedReads } from "@/lib/cache/reads";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadActor = cache(async (slug: string) => cachedReads.getActorBySlug(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await loadActor((await params).slug);
  if (!actor) notFound();
  return {
    title: actor.name,
    description: actor.description || `${ACTOR_KIND_LABELS[actor.kind]}${actor.countryCode ? ` (${COUNTRY_INFO[actor.countryCode].nameEn})` : ""} taking part in China–ASEAN digital cooperation initiatives.`,
    alternates: { canonical: `${getEnv().APP_URL}/actors/${actor.slug}` },
  };
}

export default async function ActorPage({ params, searchParams }: Props) {
  const actor = await loadActor((await params).slug);
  if (!actor) notFound();
  const filters = parseFiltersLenient(await searchParams, { actor: [actor.slug] });
  const entity = parseFiltersLenient({}, { actor: [actor.slug] });
  const db = await getDb();
  const [list, summary, overTime] = await Promise.all([
    cachedReads.findInitiatives(db, filters),
    cachedReads.getEntitySummary(db, entity),
    cachedReads.getStatusOverTime(db, entity),
  ]);
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/actors", label: "Actors" }]}
        eyebrow={
          <>
            {ACTOR_KIND_LABELS[actor.kind]}
            {actor.countryCode && (
              <>
                {" · "}
                <Link href={`/countries/${actor.countryCode}`} className="normal-case underline">
                  {COUNTRY_INFO[actor.countryCode].nameEn}
                </Link>
              </>
            )}
          </>
        }
        title={actor.name}
        description={
          <div className="space-y-1">
            {actor.description && <p>{actor.description}</p>}
            {actor.aliases.length > 0 && (
              <p className="text-sm">
                Also known as{" "}
                {actor.aliases.map((a, i) => (
                  <span key={a.name}>
                    {i > 0 && " · "}
                    <span lang={a.language} className="text-ink">
                      {a.name}
                    </span>{" "}
                    <span className="text-xs">({languageName(a.language)})</span>
                  </span>
                ))}
              </p>
            )}
            {actor.roles.length > 0 && (
              <p className="text-sm">Roles: {actor.roles.map((r) => `${r.role} in ${r.count}`).join(" · ")}</p>
            )}
          </div>
        }
      >
        <EntitySummaryFigures summary={summary} />
      </PageHeader>
      <StatusOverTimePanel rows={overTime} subject={`with ${actor.name}`} basePath={`/actors/${actor.slug}`} fileName={`status-over-time-${actor.slug}`} className="mb-8" />
      <section aria-labelledby="actor-initiatives">
        <h2 id="actor-initiatives" className="mb-4 text-2xl font-semibold">
          Initiatives with {actor.name}
        </h2>
        <InitiativeBrowser list={list} filters={filters} basePath={`/actors/${actor.slug}`} locked={{ actor: true }} searchLabel="Search these initiatives" />
      </section>
    </>
  );
}
