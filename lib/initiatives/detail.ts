import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";
import {
  actors,
  aliases,
  citations,
  countries,
  domains,
  initiativeActors,
  initiativeCountries,
  initiativeDomains,
  initiatives,
  initiativeSearch,
  initiativeSites,
  milestones,
  sources,
  statusChanges,
} from "@/db/schema";
import type { PartialDate } from "@/lib/dates/partial-date";
import type { CountryCode, CountryRole } from "@/lib/vocabulary/countries";
import type { ActorKind, ActorRole, ClaimType, DatePrecision, InitiativeScope, MilestoneKind, SiteKind, SourceType } from "@/lib/vocabulary/misc";
import { FINISHED_STATUSES, type Status } from "@/lib/vocabulary/statuses";
import { getEnv } from "@/lib/env";

export type SourceRef = {
  id: number;
  title: string;
  publisher: string;
  url: string | null;
  published: PartialDate | null;
  language: string;
  sourceType: SourceType;
  /** ISO 3166-1 alpha-2 of the publisher's home country, when known. */
  publisherCountry: string | null;
  hasText: boolean;
};

export type SiteView = {
  kind: SiteKind;
  name: string;
  city: string | null;
  countryCode: string;
  latitude: number;
  longitude: number;
  source: { id: number; title: string };
};

export type CitationView = {
  id: number;
  claimType: ClaimType;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  note: string | null;
  isVerified: boolean;
  source: SourceRef;
};

export type MilestoneView = {
  id: number;
  kind: MilestoneKind;
  description: string;
  date: PartialDate;
  isPlanned: boolean;
  isVerified: boolean;
  citations: CitationView[];
};

export type StatusChangeView = {
  id: number;
  from: Status | null;
  to: Status;
  effective: PartialDate;
  note: string;
  createdAt: Date;
  citations: CitationView[];
};

export type InitiativeDetail = {
  id: number;
  slug: string;
  name: string;
  summary: string;
  status: Status;
  statusSince: PartialDate | null;
  scope: InitiativeScope;
  /** When an editor last checked the status against the sources (the editors' word, not computed). */
  reviewedOn: string | null;
  sites: SiteView[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  dates: Record<"firstAnnounced" | "plannedStart" | "actualStart" | "plannedEnd" | "actualEnd", PartialDate | null>;
  parent: { slug: string; name: string } | null;
  supersededBy: { slug: string; name: string } | null;
  children: { slug: string; name: string; status: Status }[];
  conflictNotes: string[];
  aliases: { name: string; language: string }[];
  domains: { slug: string; label: string }[];
  countries: { code: CountryCode; name: string; role: CountryRole }[];
  actors: { slug: string; name: string; kind: ActorKind; role: ActorRole }[];
  milestones: MilestoneView[];
  statusHistory: StatusChangeView[];
  /** Citations for the initiative's existence and for its country/domain/actor links. */
  claimCitations: CitationView[];
  /** Every source cited anywhere on the initiative, newest first, with the passages quoted from it. */
  sources: (SourceRef & { citations: CitationView[] })[];
  lastEvidenceOn: string | null;
  evidenceCount: number;
  isPossiblyStalled: boolean;
};

const pair = (date: string | null, precision: DatePrecision | null): PartialDate | null =>
  date && precision ? { date, precision } : null;

/** Months between two ISO dates, whole months, for "last evidence N months ago". */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export async function getInitiativeBySlug(db: DbOrTx, slug: string): Promise<InitiativeDetail | null> {
  // Only the columns the page shows: a source's full text and search vector (megabytes for long articles) are read
  // only as "has text", and the derived search row only for its evidence figures.
  const [row] = await db
    .select({ initiative: initiatives, lastEvidenceOn: initiativeSearch.lastEvidenceOn, evidenceCount: initiativeSearch.evidenceCount })
    .from(initiatives)
    .leftJoin(initiativeSearch, eq(initiativeSearch.initiativeId, initiatives.id))
    .where(eq(initiatives.slug, slug));
  if (!row) return null;
  const i = row.initiative;

  const [aliasRows, domainRows, countryRows, actorRows, milestoneRows, changeRows, citationRows, links, siteRows] = await Promise.all([
    db.select({ name: aliases.name, language: aliases.language }).from(aliases).where(eq(aliases.initiativeId, i.id)).orderBy(asc(aliases.id)),
    db
      .select({ slug: domains.slug, label: domains.label })
      .from(initiativeDomains)
      .innerJoin(domains, eq(domains.slug, initiativeDomains.domainSlug))
      .where(eq(initiativeDomains.initiativeId, i.id))
      .orderBy(asc(domains.label)),
    db
      .select({ code: countries.code, name: countries.nameEn, role: initiativeCountries.role })
      .from(initiativeCountries)
      .innerJoin(countries, eq(countries.code, initiativeCountries.countryCode))
      .where(eq(initiativeCountries.initiativeId, i.id))
      .orderBy(asc(countries.nameEn)),
    db
      .select({ slug: actors.slug, name: actors.name, kind: actors.kind, role: initiativeActors.role })
      .from(initiativeActors)
      .innerJoin(actors, eq(actors.id, initiativeActors.actorId))
      .where(eq(initiativeActors.initiativeId, i.id))
      .orderBy(asc(actors.name)),
    db.select().from(milestones).where(eq(milestones.initiativeId, i.id)).orderBy(asc(milestones.occurredOn), asc(milestones.id)),
    db.select().from(statusChanges).where(eq(statusChanges.initiativeId, i.id)).orderBy(asc(statusChanges.effectiveOn), asc(statusChanges.id)),
    db
      .select({
        citation: {
          id: citations.id,
          claimType: citations.claimType,
          quote: citations.quote,
          quoteStart: citations.quoteStart,
          quoteEnd: citations.quoteEnd,
          note: citations.note,
          isVerified: citations.isVerified,
          milestoneId: citations.milestoneId,
          statusChangeId: citations.statusChangeId,
        },
        source: {
          id: sources.id,
          title: sources.title,
          publisher: sources.publisher,
          url: sources.url,
          publishedOn: sources.publishedOn,
          publishedPrecision: sources.publishedPrecision,
          language: sources.language,
          sourceType: sources.sourceType,
          publisherCountry: sources.publisherCountry,
          hasText: sql<boolean>`${sources.fullText} is not null`,
        },
      })
      .from(citations)
      .innerJoin(sources, eq(sources.id, citations.sourceId))
      .where(eq(citations.initiativeId, i.id))
      .orderBy(asc(citations.id)),
    queryRows<{ kind: "parent" | "successor" | "child"; slug: string; name: string; status: Status }>(
      db,
      sql`select 'parent' as kind, p.slug, p.name, p.status from initiatives p where p.id = ${i.parentId}
          union all select 'successor', p.slug, p.name, p.status from initiatives p where p.id = ${i.supersededById}
          union all select 'child', c.slug, c.name, c.status from initiatives c where c.parent_id = ${i.id}`,
    ),
    getInitiativeSites(db, i.id),
  ]);

  const views: CitationView[] = citationRows.map(({ citation: c, source: s }) => ({
    id: c.id,
    claimType: c.claimType,
    quote: c.quote,
    quoteStart: c.quoteStart,
    quoteEnd: c.quoteEnd,
    note: c.note,
    isVerified: c.isVerified,
    source: {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      published: pair(s.publishedOn, s.publishedPrecision),
      language: s.language,
      sourceType: s.sourceType,
      publisherCountry: s.publisherCountry,
      hasText: s.hasText,
    },
  }));
  const citationsOf = (pick: (c: (typeof citationRows)[number]["citation"]) => boolean) =>
    views.filter((_, index) => pick(citationRows[index]!.citation));

  const sourceMap = new Map<number, SourceRef & { citations: CitationView[] }>();
  for (const v of views) {
    const entry = sourceMap.get(v.source.id) ?? { ...v.source, citations: [] };
    entry.citations.push(v);
    sourceMap.set(v.source.id, entry);
  }
  const lastChange = changeRows.at(-1);
  const lastEvidenceOn = row.lastEvidenceOn ?? null;
  const today = new Date().toISOString().slice(0, 10);
  const isPossiblyStalled =
    !FINISHED_STATUSES.includes(i.status) &&
    monthsBetween(lastEvidenceOn ?? i.firstAnnouncedOn ?? "1900-01-01", today) >= getEnv().STALLED_AFTER_MONTHS;
  const link = (kind: string) => links.find((l) => l.kind === kind) ?? null;

  return {
    id: i.id,
    slug: i.slug,
    name: i.name,
    summary: i.summary,
    status: i.status,
    statusSince: lastChange ? { date: lastChange.effectiveOn, precision: lastChange.effectivePrecision } : null,
    scope: i.scope,
    reviewedOn: i.reviewedOn,
    sites: siteRows,
    version: i.version,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    dates: {
      firstAnnounced: pair(i.firstAnnouncedOn, i.firstAnnouncedPrecision),
      plannedStart: pair(i.plannedStartOn, i.plannedStartPrecision),
      actualStart: pair(i.actualStartOn, i.actualStartPrecision),
      plannedEnd: pair(i.plannedEndOn, i.plannedEndPrecision),
      actualEnd: pair(i.actualEndOn, i.actualEndPrecision),
    },
    parent: link("parent") && { slug: link("parent")!.slug, name: link("parent")!.name },
    supersededBy: link("successor") && { slug: link("successor")!.slug, name: link("successor")!.name },
    children: links.filter((l) => l.kind === "child").map(({ slug: s, name, status }) => ({ slug: s, name, status })),
    conflictNotes: i.conflictNotes,
    aliases: aliasRows,
    domains: domainRows,
    countries: countryRows.map((c) => ({ ...c, code: c.code as CountryCode })),
    actors: actorRows,
    milestones: milestoneRows.map((m) => ({
      id: m.id,
      kind: m.kind,
      description: m.description,
      date: { date: m.occurredOn, precision: m.precision },
      isPlanned: m.isPlanned,
      isVerified: m.isVerified,
      citations: citationsOf((c) => c.milestoneId === m.id),
    })),
    statusHistory: changeRows.map((s) => ({
      id: s.id,
      from: s.fromStatus,
      to: s.toStatus,
      effective: { date: s.effectiveOn, precision: s.effectivePrecision },
      note: s.note,
      createdAt: s.createdAt,
      citations: citationsOf((c) => c.statusChangeId === s.id),
    })),
    claimCitations: citationsOf((c) => c.claimType !== "milestone" && c.claimType !== "status-change"),
    sources: [...sourceMap.values()].sort((a, b) => (b.published?.date ?? "").localeCompare(a.published?.date ?? "")),
    lastEvidenceOn,
    evidenceCount: row.evidenceCount ?? sourceMap.size,
    isPossiblyStalled,
  };
}

/** An initiative's sites and landing points, each with the source that reports it. */
export async function getInitiativeSites(db: DbOrTx, initiativeId: number): Promise<SiteView[]> {
  const rows = await db
    .select({ site: initiativeSites, sourceTitle: sources.title })
    .from(initiativeSites)
    .innerJoin(sources, eq(sources.id, initiativeSites.sourceId))
    .where(eq(initiativeSites.initiativeId, initiativeId))
    .orderBy(asc(initiativeSites.kind), asc(initiativeSites.countryCode), asc(initiativeSites.name));
  return rows.map(({ site, sourceTitle }) => ({
    kind: site.kind,
    name: site.name,
    city: site.city,
    countryCode: site.countryCode,
    latitude: site.latitude,
    longitude: site.longitude,
    source: { id: site.sourceId, title: sourceTitle },
  }));
}

export type RelatedInitiative = { id: number; slug: string; name: string; status: Status; reasons: string[]; score: number };

/** Initiatives sharing actors (strongest), domains and countries, plus parent/successor links, best first. */
export async function getRelatedInitiatives(db: DbOrTx, initiativeId: number, limit = 6): Promise<RelatedInitiative[]> {
  // Only initiatives sharing something are scored (one indexed join per kind of link, not three correlated counts for
  // every initiative: 66 → 10 ms at 10,000 on PostgreSQL), and only the best `limit` scores (with ties) come back;
  // the final order is decided below as before (exact ties in initiative order). The scores are summed from the link
  // rows alone, and only the few best candidates are joined to initiatives (joining every initiative to the four
  // sets, then filtering, cost 30 of 80 ms); links to and from the parent and successor are index lookups.
  const rows = await queryRows<{ id: number; slug: string; name: string; status: Status; actors: number; domains: number; countries: number; linked: boolean }>(
    db,
    sql`with a as (select b.initiative_id as id, count(*)::int as n from initiative_actors a join initiative_actors b on a.actor_id = b.actor_id
              where a.initiative_id = ${initiativeId} and b.initiative_id <> ${initiativeId} group by 1),
        d as (select b.initiative_id as id, count(*)::int as n from initiative_domains a join initiative_domains b on a.domain_slug = b.domain_slug
              where a.initiative_id = ${initiativeId} and b.initiative_id <> ${initiativeId} group by 1),
        c as (select b.initiative_id as id, count(distinct a.country_code)::int as n
              from initiative_countries a join initiative_countries b on a.country_code = b.country_code
              where a.initiative_id = ${initiativeId} and b.initiative_id <> ${initiativeId} and a.country_code <> 'CN' group by 1),
        l as (select unnest(array[parent_id, superseded_by_id]) as id from initiatives where id = ${initiativeId}
              union select id from initiatives where parent_id = ${initiativeId}
              union select id from initiatives where superseded_by_id = ${initiativeId}),
        scored as (
          select id, sum(actors)::int as actors, sum(domains)::int as domains, sum(countries)::int as countries, bool_or(linked) as linked
          from (select id, n as actors, 0 as domains, 0 as countries, false as linked from a
                union all select id, 0, n, 0, false from d
                union all select id, 0, 0, n, false from c
                union all select id, 0, 0, 0, true from l where id is not null and id <> ${initiativeId}) link
          group by id),
        ranked as (
          select *, rank() over (order by score desc) as position
          from (select *, (case when linked then 10 else 0 end) + actors * 3 + domains * 2 + countries * 0.5 as score from scored) s
          where score >= 2)
        select o.id, o.slug, o.name, o.status, r.actors, r.domains, r.countries, r.linked
        from ranked r join initiatives o on o.id = r.id
        where r.position <= ${limit}
        order by r.id`,
  );
  return rows
    .map((r) => {
      const reasons = [
        r.linked ? "linked initiative" : null,
        r.actors ? `${r.actors} shared actor${r.actors > 1 ? "s" : ""}` : null,
        r.domains ? `${r.domains} shared domain${r.domains > 1 ? "s" : ""}` : null,
        r.countries ? `${r.countries} shared ASEAN countr${r.countries > 1 ? "ies" : "y"}` : null,
      ].filter((x): x is string => x !== null);
      return { id: r.id, slug: r.slug, name: r.name, status: r.status, reasons, score: (r.linked ? 10 : 0) + r.actors * 3 + r.domains * 2 + r.countries * 0.5 };
    })
    .filter((r) => r.score >= 2)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
}
