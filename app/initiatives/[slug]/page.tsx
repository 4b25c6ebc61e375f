import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { AsOfControl } from "@/components/export/as-of-control";
import { CiteBox } from "@/components/export/cite-box";
import { FollowLink } from "@/components/export/follow-link";
import { EditControls } from "@/components/initiatives/edit-controls";
import { InitiativeTimelinePanel } from "@/components/initiatives/initiative-timeline-panel";
import { InitiativeChangelog } from "@/components/initiatives/initiative-changelog";
import { KeyFacts } from "@/components/initiatives/key-facts";
import { SummaryLabel } from "@/components/initiatives/citation-quote";
import { SiteList } from "@/components/initiatives/site-list";
import { MilestoneTimeline } from "@/components/initiatives/milestone-timeline";
import { RelatedInitiatives } from "@/components/initiatives/related-initiatives";
import { SourceList } from "@/components/initiatives/source-list";
import { StatusHistory } from "@/components/initiatives/status-history";
import { StatusPanel } from "@/components/initiatives/status-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db/client";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { getEnv } from "@/lib/env";
import { initiativeFeedHref } from "@/lib/export/urls";
import type { InitiativeDetail } from "@/lib/initiatives/detail";
import { parseFiltersLenient } from "@/lib/initiatives/filters";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { languageName } from "@/components/initiatives/language-name";
import { cachedReads } from "@/lib/cache/reads";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One database read per request, shared by generateMetadata and the page; `asOf` shows the page as it stood then.
const loadInitiative = cache(async (slug: string, asOf?: string) => cachedReads.getInitiativeAsOf(await getDb(), slug, asOf));
const asOfOf = async (searchParams: Props["searchParams"]) => parseFiltersLenient(await searchParams).asOf;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const detail = await loadInitiative(slug, await asOfOf(searchParams));
  if (!detail) notFound();
  const description = `${STATUS_INFO[detail.status].label}. ${detail.summary}`.slice(0, 300);
  const url = `${getEnv().APP_URL}/initiatives/${detail.slug}`;
  return {
    title: detail.name,
    description,
    alternates: { canonical: url, types: { "application/atom+xml": [{ url: initiativeFeedHref(detail.slug), title: `${detail.name} (Atom)` }] } },
    openGraph: { type: "article", title: detail.name, description, url },
  };
}

/** What each citation supports, in words, for the source list ("Supports: milestone …"). */
function claimLabels(detail: InitiativeDetail): Map<number, string> {
  const labels = new Map<number, string>();
  for (const m of detail.milestones) {
    for (const c of m.citations) labels.set(c.id, `${m.isPlanned ? "planned milestone" : "milestone"} “${m.description}” (${formatPartialDate(m.date)})`);
  }
  for (const s of detail.statusHistory) {
    for (const c of s.citations) labels.set(c.id, `status ${STATUS_INFO[s.to].label} (${formatPartialDate(s.effective)})`);
  }
  const generic = { initiative: "the initiative and its description", country: "the countries involved", domain: "the domains", actor: "the actors involved" } as const;
  for (const c of detail.claimCitations) {
    if (c.claimType in generic) labels.set(c.id, generic[c.claimType as keyof typeof generic]);
  }
  return labels;
}

function Section({ id, title, children, count }: { id: string; title: string; children: React.ReactNode; count?: number }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-24">
      <h2 id={`${id}-heading`} className="mb-4 flex items-baseline gap-2 text-2xl font-semibold">
        {title}
        {count !== undefined && <span className="font-sans text-sm font-normal text-muted">({count})</span>}
      </h2>
      {children}
    </section>
  );
}

export default async function InitiativePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const asOf = await asOfOf(searchParams);
  const detail = await loadInitiative(slug, asOf);
  if (!detail) notFound();
  const today = asOf ?? new Date().toISOString().slice(0, 10);

  return (
    <article>
      <PageHeader
        crumbs={[{ href: "/initiatives", label: "Initiatives" }]}
        title={detail.name}
        description={
          detail.aliases.length > 0 && (
            <p className="text-sm sm:text-base">
              <span className="text-muted">Also known as </span>
              {detail.aliases.map((a, i) => (
                <span key={a.name}>
                  {i > 0 && <span className="text-muted"> · </span>}
                  <span lang={a.language} className="text-ink">
                    {a.name}
                  </span>
                  <span className="text-xs text-muted"> ({languageName(a.language)})</span>
                </span>
              ))}
            </p>
          )
        }
        actions={<FollowLink slug={detail.slug} />}
      >
        <AsOfControl action={`/initiatives/${detail.slug}`} asOf={asOf} />
      </PageHeader>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_19rem]">
        <div className="min-w-0 space-y-12">
          <StatusPanel detail={detail} today={today} />
          <Suspense fallback={null}>
            <EditControls slug={detail.slug} version={detail.version} reviewedOn={detail.reviewedOn} />
          </Suspense>

          <Section id="summary" title="Summary">
            <p className="max-w-prose text-base leading-relaxed">{detail.summary}</p>
            <div className="mt-5 rounded-lg border border-line px-4">
              <KeyFacts detail={detail} asOf={asOf} />
            </div>
            {detail.claimCitations.length > 0 && (
              <details className="mt-4">
                <summary className="cursor-pointer text-sm text-accent">Sources for these facts ({detail.claimCitations.length})</summary>
                <ul className="mt-3 space-y-3">
                  {detail.claimCitations.map((c) => (
                    <li key={c.id}>
                      <CitationLine citation={c} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </Section>

          {detail.sites.length > 0 && (
            <Section id="sites" title="Where" count={detail.sites.length}>
              <SiteList sites={detail.sites} />
              <p className="mt-3 text-sm">
                <Link href={`/map?scope=local#sites`}>See all sites on the map</Link>
              </p>
            </Section>
          )}

          <Section id="timeline" title="Timeline" count={detail.milestones.length}>
            <InitiativeTimelinePanel detail={detail} today={today} />
            <MilestoneTimeline milestones={detail.milestones} />
          </Section>

          <Section id="status-history" title="Status history" count={detail.statusHistory.length}>
            <StatusHistory changes={detail.statusHistory} />
          </Section>

          <Section id="sources" title="Sources" count={detail.sources.length}>
            <SourceList sources={detail.sources} claimLabels={claimLabels(detail)} />
          </Section>

          <CiteBox initiative={detail} asOf={asOf} />

          {/* Slot for the public changelog (components/initiatives/changelog.tsx, editorial engineer). */}
          <div id="changelog" className="scroll-mt-24">
            <Suspense fallback={<Skeleton className="h-24 w-full" />}>
              <InitiativeChangelog initiativeId={detail.id} />
            </Suspense>
          </div>
        </div>

        <aside className="min-w-0 space-y-8 lg:sticky lg:top-6 lg:self-start" aria-label="Related">
          <nav aria-label="On this page" className="hidden text-sm lg:block print:hidden">
            <p className="mb-2 font-semibold">On this page</p>
            <ul className="space-y-1.5 border-l border-line pl-3">
              {[
                ["#summary", "Summary"],
                ...(detail.sites.length ? [["#sites", "Where"]] : []),
                ["#timeline", "Timeline"],
                ["#status-history", "Status history"],
                ["#sources", "Sources"],
                ["#related", "Related initiatives"],
              ].map(([href, label]) => (
                <li key={href}>
                  <Link href={href!} className="text-muted hover:text-ink">
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <section id="related" aria-labelledby="related-heading" className="scroll-mt-24">
            <h2 id="related-heading" className="mb-3 text-xl font-semibold">
              Related initiatives
            </h2>
            <Suspense fallback={<RelatedSkeleton />}>
              <RelatedInitiatives initiativeId={detail.id} asOf={asOf} />
            </Suspense>
          </section>
        </aside>
      </div>
    </article>
  );
}

function RelatedSkeleton() {
  return (
    <div className="space-y-3" aria-hidden="true">
      <Skeleton className="h-5 w-full" />
      <Skeleton className="h-5 w-3/4" />
      <Skeleton className="h-5 w-5/6" />
    </div>
  );
}

function CitationLine({ citation }: { citation: InitiativeDetail["claimCitations"][number] }) {
  return (
    <p className="text-sm">
      <span className="text-muted">{citation.claimType === "initiative" ? "Existence" : `${citation.claimType[0]!.toUpperCase()}${citation.claimType.slice(1)}`}: </span>
      {citation.quote ? (
        <q lang={citation.source.language}>{citation.quote}</q>
      ) : (
        <span>
          <SummaryLabel />
          {citation.note}
        </span>
      )}{" "}
      <span className="text-muted">—</span>{" "}
      <Link href={`/sources/${citation.source.id}#citation-${citation.id}`}>{citation.source.title}</Link>
    </p>
  );
}
