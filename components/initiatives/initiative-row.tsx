import Link from "next/link";
import { DayText } from "@/components/ui/date-text";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { StatusTag } from "@/components/ui/status-tag";
import type { InitiativeListItem } from "@/lib/initiatives/queries";
import { getEnv } from "@/lib/env";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, isDomainSlug } from "@/lib/vocabulary/domains";
import { initiativeHref } from "./initiative-href";

const MATCH_LABELS = {
  name: "Matched the name",
  alias: "Matched an alias",
  text: "Matched in the description or milestones",
  source: "Matched in a cited source",
  domain: "Matched a domain's name",
  country: "Matched a country's name",
} as const;
const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** "Matched an alias in Vietnamese": the field, and the language when it is known. */
function matchLabel(match: NonNullable<InitiativeListItem["match"]>): string {
  const language = match.language ? LANGUAGE_NAMES.of(match.language) : undefined;
  return language ? `${MATCH_LABELS[match.field]} in ${language}` : MATCH_LABELS[match.field];
}

/** One initiative in a result list: name, status (explained on hover/focus), domains, countries, evidence, and why it matched. */
/** `asOf`: the list shows that day's statuses, so the row links to the initiative's page as of that day too. */
export function InitiativeRow({ item, asOf }: { item: InitiativeListItem; asOf?: string }) {
  const headingId = `initiative-${item.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="py-5">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
          <h3 id={headingId} className="font-serif text-lg leading-snug font-semibold">
            <Link href={initiativeHref(item.slug, asOf)} className="text-ink hover:text-accent">
              {item.name}
            </Link>
          </h3>
          <div className="shrink-0">
            <StatusTag status={item.status} tipId={`status-tip-${item.id}`} align="end-from-sm" />
          </div>
        </div>
        <p className="mt-1.5 line-clamp-2 max-w-3xl text-sm leading-relaxed text-muted">{item.summary}</p>
        {item.match && (
          <div className="mt-2.5 max-w-3xl border-l-2 border-amber-400 pl-3 text-sm">
            <p className="text-xs font-medium text-muted">
              {matchLabel(item.match)}
              {item.match.source && (
                <>
                  {": "}
                  <Link href={`/sources/${item.match.source.id}`}>{item.match.source.title}</Link>
                  {item.match.source.publisher && <span> ({item.match.source.publisher})</span>}
                </>
              )}
            </p>
            <p className="mt-0.5 leading-relaxed">
              <HighlightedText text={item.match.snippet} />
            </p>
          </div>
        )}
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1.5 text-xs text-muted">
          {item.domains.length > 0 && (
            <div className="flex gap-1.5">
              <dt className="sr-only">Domains</dt>
              <dd className="flex flex-wrap gap-1">
                {item.domains.map((d) => (
                  <span key={d} className="rounded bg-line/60 px-1.5 py-0.5 text-ink">
                    {isDomainSlug(d) ? DOMAIN_INFO[d].label : d}
                  </span>
                ))}
              </dd>
            </div>
          )}
          {item.countries.length > 0 && (
            <div className="flex items-center gap-1.5">
              <dt>Countries:</dt>
              <dd className="text-ink">{item.countries.map((c) => COUNTRY_INFO[c]?.nameEn ?? c).join(", ")}</dd>
            </div>
          )}
          <div className="flex items-center gap-1.5">
            <dt>Last evidence:</dt>
            <dd className="text-ink">
              <DayText iso={item.lastEvidenceOn} />
            </dd>
          </div>
          <div className="flex items-center gap-1.5">
            <dt>Evidence:</dt>
            <dd className="text-ink">
              {item.evidenceCount} source{item.evidenceCount === 1 ? "" : "s"}
            </dd>
          </div>
          {item.isPossiblyStalled && (
            <div className="flex items-center gap-1.5">
              <dt className="sr-only">Note</dt>
              <dd className="font-medium text-status-stalled">
                <span aria-hidden="true">⚠ </span>Possibly stalled — no new evidence for over {getEnv().STALLED_AFTER_MONTHS} months
              </dd>
            </div>
          )}
        </dl>
      </article>
    </li>
  );
}
