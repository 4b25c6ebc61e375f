import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { cachedReads } from "@/lib/cache/reads";
import { getEnv } from "@/lib/env";
import { percent } from "@/lib/stats/coverage";
import { COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import { INITIATIVE_SCOPE_LABELS, INITIATIVE_SCOPES, SOURCE_TYPE_LABELS, SOURCE_TYPES, type SourceType } from "@/lib/vocabulary/misc";
import { STATUS_INFO, STATUSES } from "@/lib/vocabulary/statuses";

export const metadata: Metadata = {
  title: "Methodology",
  description: "How initiatives are chosen, how statuses are decided, what “possibly stalled” means, the source types, and the data release.",
};

const SOURCE_TYPE_MEANING: Record<SourceType, string> = {
  "official-china": "A Chinese government body: a ministry, an embassy, a provincial government (Guangxi, Yunnan).",
  "official-asean-member": "A government body of an ASEAN member state.",
  "asean-secretariat": "The ASEAN Secretariat and ASEAN bodies.",
  "state-media": "State-owned news organisations: Xinhua, CGTN, China Daily, People’s Daily, and the members’ national news agencies and broadcasters.",
  "independent-press": "Commercial and independent newspapers, magazines and trade press.",
  company: "A company’s own release or site: an operator, a cloud provider, a cable builder.",
  other: "Think tanks, universities, NGOs and reference works.",
};

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg border border-line p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
      {note && <dd className="mt-1 text-xs text-muted">{note}</dd>}
    </div>
  );
}

function Definitions({ items }: { items: [string, string][] }) {
  return (
    <dl className="space-y-2">
      {items.map(([term, meaning]) => (
        <div key={term}>
          <dt className="inline font-semibold">{term}: </dt>
          <dd className="inline">{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function MethodologyPage() {
  const db = await getDb();
  const [release, coverage] = await Promise.all([cachedReads.getDatasetRelease(db), cachedReads.getCoverage(db)]);
  const months = getEnv().STALLED_AFTER_MONTHS;
  return (
    <article className="max-w-4xl space-y-10">
      <PageHeader title="Methodology" description="How the tracker decides what to track, what each status means, and how every claim is sourced." />

      <section aria-labelledby="release-heading" className="space-y-3">
        <h2 id="release-heading" className="text-2xl font-semibold">
          Data release
        </h2>
        {release ? (
          <p>
            This tracker holds data release <strong data-testid="methodology-release">{release.version}</strong>
            {release.asOf && (
              <>
                , whose research was last checked against the sources on <strong>{release.asOf}</strong>
              </>
            )}
            . Editors’ changes since then appear in each initiative’s changelog. Every export names the release it was made from
            (<Link href="/api" className="underline">open data</Link>).
          </p>
        ) : (
          <p>This tracker holds its own team’s data, not a published release of the demo data.</p>
        )}
        <dl className="grid gap-3 sm:grid-cols-3">
          <Figure label="Initiatives" value={String(coverage.initiatives)} />
          <Figure label="Sources" value={String(coverage.sources)} note={`median ${coverage.medianSourcesPerInitiative} per initiative, at least ${coverage.minSourcesPerInitiative}`} />
          <Figure
            label="Dated claims with two or more sources"
            value={`${percent(coverage.datedClaimsWithTwoSources, coverage.datedClaims)} %`}
            note={`${coverage.datedClaimsWithTwoSources} of ${coverage.datedClaims} milestones and status changes`}
          />
          <Figure label="Primary sources" value={`${percent(coverage.primarySources, coverage.sources)} %`} note="a party’s own words: governments, ASEAN bodies, companies" />
          <Figure label="ASEAN-side sources" value={`${percent(coverage.aseanSideSources, coverage.sources)} %`} note="ASEAN bodies, member governments, press of a member state" />
          <Figure label="Possibly stalled" value={`${coverage.possiblyStalled} of ${coverage.unfinished}`} note="unfinished initiatives" />
        </dl>
      </section>

      <section aria-labelledby="scope-heading" className="space-y-3">
        <h2 id="scope-heading" className="text-2xl font-semibold">
          What is tracked
        </h2>
        <p>
          An initiative is a named act of digital cooperation between China and one or more ASEAN members (Timor-Leste since it joined on
          26 October 2025), from 2015 on: an agreement or action plan, a ministerial mechanism or forum, a centre or institute, a submarine
          or cross-border terrestrial cable with a Chinese carrier or builder, a Chinese cloud region or data centre in a member state, a
          5G network built with a member’s operator, a smart-city or safe-city project, satellite and BeiDou cooperation, a payment link,
          a training programme or an e-commerce zone. It enters the tracker when at least two public sources report it.
        </p>
        <p>Each initiative has a scope, which the map and country pages use to keep region-wide agreements apart from projects in named places:</p>
        <ul className="list-disc space-y-1 pl-6">
          {INITIATIVE_SCOPES.map((s) => (
            <li key={s}>{INITIATIVE_SCOPE_LABELS[s]}</li>
          ))}
        </ul>
        <p>Physical projects record their sites (city and coordinates) and cables their landing points, each citing the source that names it.</p>
      </section>

      <section aria-labelledby="status-heading" className="space-y-3">
        <h2 id="status-heading" className="text-2xl font-semibold">
          How statuses are decided
        </h2>
        <p>
          A status is a claim like any other: each change in the status history is dated and cites the sources that report it. Where
          sources disagree, both are kept and the disagreement is shown on the initiative’s page.
        </p>
        <Definitions items={STATUSES.map((s) => [STATUS_INFO[s].label, STATUS_INFO[s].explanation])} />
      </section>

      <section aria-labelledby="stalled-heading" className="space-y-3">
        <h2 id="stalled-heading" className="text-2xl font-semibold">
          “Possibly stalled” and “checked”
        </h2>
        <p>
          An unfinished initiative is flagged <em>possibly stalled</em> when none of its sources is newer than {months} months. The flag is
          computed, not an editor’s judgement: an initiative may be under-reported rather than stalled. Beside it, each initiative shows
          when an editor last <em>checked</em> its status against the sources, so a reader can tell “nothing reported since March” from
          “nobody looked”. Only an editor who finds that work has stopped sets the status to Stalled.
        </p>
      </section>

      <section aria-labelledby="sources-heading" className="space-y-3">
        <h2 id="sources-heading" className="text-2xl font-semibold">
          Sources and citations
        </h2>
        <p>
          Every source is named exactly: address, title as published, publisher and the publisher’s country, date and language. A citation
          either quotes a passage verbatim — only from texts the tracker holds, such as articles editors import, with its position in the
          text — or gives a <strong>summary of the source in our own words</strong>, labelled as such. The researched data never copies a
          third party’s sentences.
        </p>
        <Definitions items={SOURCE_TYPES.map((t) => [SOURCE_TYPE_LABELS[t], SOURCE_TYPE_MEANING[t]])} />
        <p>Primary sources are the first four kinds that speak for a party (Chinese and member governments, ASEAN bodies, companies).</p>
      </section>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-2xl font-semibold">
          Coverage by member
        </h2>
        <table className="w-full max-w-xl text-left text-sm">
          <caption className="sr-only">Initiatives per ASEAN member, all and without region-wide agreements</caption>
          <thead>
            <tr className="border-b border-line text-muted">
              <th scope="col" className="py-1 font-medium">Member</th>
              <th scope="col" className="py-1 text-right font-medium">All initiatives</th>
              <th scope="col" className="py-1 text-right font-medium">Without region-wide</th>
            </tr>
          </thead>
          <tbody>
            {coverage.perMember.map((m) => (
              <tr key={m.code} className="border-b border-line/60">
                <th scope="row" className="py-1 font-normal">
                  <Link href={`/countries/${m.code}`} className="underline">{COUNTRY_INFO[m.code as CountryCode]?.nameEn ?? m.code}</Link>
                </th>
                <td className="py-1 text-right tabular-nums">{m.all}</td>
                <td className="py-1 text-right tabular-nums">{m.local}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
