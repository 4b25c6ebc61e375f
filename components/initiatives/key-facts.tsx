import Link from "next/link";
import type { ReactNode } from "react";
import { DateText } from "@/components/ui/date-text";
import type { InitiativeDetail } from "@/lib/initiatives/detail";
import { initiativeHref } from "./initiative-href";
import { INITIATIVE_SCOPE_LABELS } from "@/lib/vocabulary/misc";

const ROLE_LABELS: Record<string, string> = {
  party: "party",
  host: "host",
  landing: "cable landing",
  partner: "partner",
  beneficiary: "beneficiary",
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-3 py-2.5 sm:grid-cols-[10rem_minmax(0,1fr)]">
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="text-sm text-ink">{children}</dd>
    </div>
  );
}

function LinkList({ items }: { items: { href: string; label: string; note?: string; key: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href}>{item.label}</Link>
          {item.note && <span className="text-muted"> ({item.note})</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Dates at their precision, and the countries, domains, actors and linked initiatives, each a link to its page (the
 * linked initiatives as of the same day as this page).
 */
export function KeyFacts({ detail, asOf }: { detail: InitiativeDetail; asOf?: string }) {
  const { dates } = detail;
  const dateFacts = [
    ["First announced", dates.firstAnnounced],
    ["Planned start", dates.plannedStart],
    ["Started", dates.actualStart],
    ["Planned end", dates.plannedEnd],
    ["Ended", dates.actualEnd],
  ] as const;
  return (
    <dl className="divide-y divide-line">
      {dateFacts
        .filter(([, date]) => date !== null)
        .map(([term, date]) => (
          <Fact key={term} term={term}>
            <DateText date={date} />
          </Fact>
        ))}
      <Fact term="Scope">{INITIATIVE_SCOPE_LABELS[detail.scope]}</Fact>
      {detail.countries.length > 0 && (
        <Fact term="Countries">
          <LinkList
            items={detail.countries.map((c) => ({ key: `${c.code}-${c.role}`, href: `/countries/${c.code}`, label: c.name, note: c.role === "party" ? undefined : ROLE_LABELS[c.role] }))}
          />
        </Fact>
      )}
      {detail.domains.length > 0 && (
        <Fact term="Domains">
          <LinkList items={detail.domains.map((d) => ({ key: d.slug, href: `/domains/${d.slug}`, label: d.label }))} />
        </Fact>
      )}
      {detail.actors.length > 0 && (
        <Fact term="Actors">
          <LinkList items={detail.actors.map((a) => ({ key: `${a.slug}-${a.role}`, href: `/actors/${a.slug}`, label: a.name, note: a.role }))} />
        </Fact>
      )}
      {detail.parent && (
        <Fact term="Part of">
          <Link href={initiativeHref(detail.parent.slug, asOf)}>{detail.parent.name}</Link>
        </Fact>
      )}
      {detail.supersededBy && (
        <Fact term="Superseded by">
          <Link href={initiativeHref(detail.supersededBy.slug, asOf)}>{detail.supersededBy.name}</Link>
        </Fact>
      )}
      {detail.children.length > 0 && (
        <Fact term="Includes">
          <LinkList items={detail.children.map((c) => ({ key: c.slug, href: initiativeHref(c.slug, asOf), label: c.name }))} />
        </Fact>
      )}
    </dl>
  );
}
