// An initiative with everything an editor can change, in input form (partial dates as "2025-03"): the audit log's
// before/after, the edit form's starting values and the basis of "what changed" summaries.
import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { actors, aliases, initiativeActors, initiativeCountries, initiativeDomains, initiatives } from "@/db/schema";
import { type PartialDate, toPartialDateString } from "@/lib/dates/partial-date";
import type { CountryCode, CountryRole } from "@/lib/vocabulary/countries";
import type { DomainSlug } from "@/lib/vocabulary/domains";
import type { ActorRole, InitiativeScope } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";

export type InitiativeSnapshot = {
  id: number;
  slug: string;
  name: string;
  summary: string;
  status: Status;
  version: number;
  firstAnnouncedOn: string | null;
  plannedStartOn: string | null;
  actualStartOn: string | null;
  plannedEndOn: string | null;
  actualEndOn: string | null;
  parentSlug: string | null;
  supersededBySlug: string | null;
  conflictNotes: string[];
  scope: InitiativeScope;
  reviewedOn: string | null;
  aliases: { name: string; language: string }[];
  domains: DomainSlug[];
  countries: { code: CountryCode; role: CountryRole }[];
  actors: { slug: string; role: ActorRole }[];
};

const asPartial = (date: string | null, precision: PartialDate["precision"] | null) =>
  date && precision ? toPartialDateString({ date, precision }) : null;

export async function getInitiativeSnapshot(db: DbOrTx, by: { slug: string } | { id: number }): Promise<InitiativeSnapshot | null> {
  const [row] = await db
    .select()
    .from(initiatives)
    .where("slug" in by ? eq(initiatives.slug, by.slug) : eq(initiatives.id, by.id));
  if (!row) return null;
  const linkedIds = [row.parentId, row.supersededById].filter((v): v is number => v !== null);
  const [linked, aliasRows, domainRows, countryRows, actorRows] = await Promise.all([
    linkedIds.length
      ? db.select({ id: initiatives.id, slug: initiatives.slug }).from(initiatives).where(inArray(initiatives.id, linkedIds))
      : Promise.resolve([]),
    db.select({ name: aliases.name, language: aliases.language }).from(aliases).where(eq(aliases.initiativeId, row.id)).orderBy(asc(aliases.name)),
    db.select({ slug: initiativeDomains.domainSlug }).from(initiativeDomains).where(eq(initiativeDomains.initiativeId, row.id)).orderBy(asc(initiativeDomains.domainSlug)),
    db
      .select({ code: initiativeCountries.countryCode, role: initiativeCountries.role })
      .from(initiativeCountries)
      .where(eq(initiativeCountries.initiativeId, row.id))
      .orderBy(asc(initiativeCountries.countryCode), asc(initiativeCountries.role)),
    db
      .select({ slug: actors.slug, role: initiativeActors.role })
      .from(initiativeActors)
      .innerJoin(actors, eq(actors.id, initiativeActors.actorId))
      .where(eq(initiativeActors.initiativeId, row.id))
      .orderBy(asc(actors.slug), asc(initiativeActors.role)),
  ]);
  const slugOf = (id: number | null) => (id === null ? null : (linked.find((l) => l.id === id)?.slug ?? null));
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    status: row.status,
    version: row.version,
    firstAnnouncedOn: asPartial(row.firstAnnouncedOn, row.firstAnnouncedPrecision),
    plannedStartOn: asPartial(row.plannedStartOn, row.plannedStartPrecision),
    actualStartOn: asPartial(row.actualStartOn, row.actualStartPrecision),
    plannedEndOn: asPartial(row.plannedEndOn, row.plannedEndPrecision),
    actualEndOn: asPartial(row.actualEndOn, row.actualEndPrecision),
    parentSlug: slugOf(row.parentId),
    supersededBySlug: slugOf(row.supersededById),
    conflictNotes: row.conflictNotes,
    scope: row.scope,
    reviewedOn: row.reviewedOn,
    aliases: aliasRows,
    domains: domainRows.map((d) => d.slug as DomainSlug),
    countries: countryRows.map((c) => ({ code: c.code as CountryCode, role: c.role })),
    actors: actorRows,
  };
}
