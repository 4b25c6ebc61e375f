import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { languageName } from "@/components/initiatives/language-name";
import { SummaryLabel, UnverifiedMark } from "@/components/initiatives/citation-quote";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { getEnv } from "@/lib/env";
import { locatePassages } from "@/lib/sources/passages";
import type { SourceCitation } from "@/lib/sources/queries";
import { SOURCE_TYPE_LABELS } from "@/lib/vocabulary/misc";
import { claimHref, claimText } from "../_components/claims";
import { SourceText } from "../_components/source-text";
import { regionName } from "@/lib/vocabulary/regions";
import { cachedReads } from "@/lib/cache/reads";

type Props = { params: Promise<{ id: string }> };

const loadSource = cache(async (id: string) => (/^\d{1,10}$/.test(id) ? cachedReads.getSourceById(await getDb(), Number(id)) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  if (!source) notFound();
  const date = source.published ? formatPartialDate(source.published) : "undated";
  const initiatives = new Set(source.citations.map((c) => c.claim.initiative.name));
  return {
    title: `${source.title} (${source.publisher})`,
    description: `${source.publisher}, ${date}, ${languageName(source.language)}. Cited ${source.citations.length} time${source.citations.length === 1 ? "" : "s"} for ${[...initiatives].slice(0, 3).join("; ") || "no initiative yet"}.`,
    alternates: { canonical: `${getEnv().APP_URL}/sources/${source.id}` },
  };
}

export default async function SourcePage({ params }: Props) {
  const source = await loadSource((await params).id);
  if (!source) notFound();

  const passages = source.fullText ? locatePassages(source.fullText, source.citations) : [];
  const located = new Set(passages.map((p) => p.id));
  const ordered = [...passages.map((p) => source.citations.find((c) => c.id === p.id)!), ...source.citations.filter((c) => !located.has(c.id))];
  const numbers = new Map(ordered.map((c, i) => [c.id, i + 1]));
  const byId = new Map(source.citations.map((c) => [c.id, c]));
  const initiativeCount = new Set(source.citations.map((c) => c.claim.initiative.slug)).size;

  return (
    <article>
      <PageHeader
        crumbs={[{ href: "/sources", label: "Sources" }]}
        eyebrow={SOURCE_TYPE_LABELS[source.sourceType]}
        title={source.title}
        titleLang={source.language}
        description={
          <p className="text-base">
            {source.publisher} · <DateText date={source.published} /> · {languageName(source.language)}
          </p>
        }
      />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-10">
          <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-line p-4 text-sm sm:grid-cols-2">
            <Meta term="Publisher">{source.publisher}</Meta>
            <Meta term="Publisher's country">{source.publisherCountry ? regionName(source.publisherCountry) : "Not recorded"}</Meta>
            <Meta term="Published">
              <DateText date={source.published} />
            </Meta>
            <Meta term="Language">{languageName(source.language)}</Meta>
            <Meta term="Type">{SOURCE_TYPE_LABELS[source.sourceType]}</Meta>
            <Meta term="Cited">
              {source.citations.length} passage{source.citations.length === 1 ? "" : "s"} or notes, for {initiativeCount} initiative{initiativeCount === 1 ? "" : "s"}
            </Meta>
            <Meta term="Original">
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer external" className="break-all">
                  {source.url}
                </a>
              ) : (
                "No public URL"
              )}
            </Meta>
          </dl>

          <section aria-labelledby="text-heading">
            <h2 id="text-heading" className="mb-4 text-2xl font-semibold">
              {source.fullText ? "Archived text" : "What we cite from it"}
            </h2>
            {source.fullText ? (
              <>
                <p className="mb-4 text-sm text-muted">
                  Highlighted passages are quoted by the tracker; the number after each links to the claim it supports.
                </p>
                <div className="rounded-lg border border-line px-5 py-5 sm:px-8">
                  <SourceText text={source.fullText} language={source.language} passages={passages} citations={byId} numbers={numbers} />
                </div>
              </>
            ) : (
              <p className="text-sm text-muted">
                We do not hold the text of this source{source.url ? " — read it at the original URL" : ""}. These are the passages
                and notes recorded from it:
              </p>
            )}
          </section>
        </div>

        <aside aria-labelledby="passages-heading" className="min-w-0">
          <h2 id="passages-heading" className="mb-4 text-xl font-semibold">
            Claims it supports
          </h2>
          {ordered.length === 0 ? (
            <p className="text-sm text-muted">Not cited yet.</p>
          ) : (
            <ol className="space-y-4">
              {ordered.map((c) => (
                <PassageItem key={c.id} citation={c} number={numbers.get(c.id)!} inText={located.has(c.id)} holdsText={source.fullText !== null} language={source.language} />
              ))}
            </ol>
          )}
        </aside>
      </div>
    </article>
  );
}

function Meta({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium tracking-wide text-muted uppercase">{term}</dt>
      <dd className="mt-0.5 text-ink">{children}</dd>
    </div>
  );
}

function PassageItem({ citation, number, inText, holdsText, language }: { citation: SourceCitation; number: number; inText: boolean; holdsText: boolean; language: string }) {
  return (
    <li id={inText ? undefined : `citation-${citation.id}`} className="scroll-mt-28 rounded-lg border border-line p-3 target:border-accent target:ring-2 target:ring-accent/40">
      <p className="text-sm">
        <span className="mr-1.5 font-semibold text-muted tabular-nums">[{number}]</span>
        <Link href={claimHref(citation)} className="font-medium">
          {claimText(citation)}
        </Link>
      </p>
      <p className="mt-0.5 text-xs text-muted">
        of <Link href={`/initiatives/${citation.claim.initiative.slug}`}>{citation.claim.initiative.name}</Link>
      </p>
      {citation.quote ? (
        <blockquote lang={language} className="mt-2 border-l-2 border-amber-400 pl-2.5 font-serif text-sm leading-relaxed">
          “{citation.quote}”
        </blockquote>
      ) : (
        <p className="mt-2 text-sm leading-relaxed">
          <SummaryLabel />
          {citation.note}
        </p>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-2 text-xs">
        {inText && <a href={`#citation-${citation.id}`}>Show in text</a>}
        {holdsText && !inText && citation.quote && <span className="text-muted">Passage not found in the archived text</span>}
        {!citation.isVerified && <UnverifiedMark />}
      </p>
    </li>
  );
}
