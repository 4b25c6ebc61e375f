// Writes one seed initiative and everything claimed about it, for a first load or an upgrade of the demo data.
import { eq, sql } from "drizzle-orm";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import type { Tx } from "../client";
import {
  aliases,
  citations,
  initiativeActors,
  initiativeCountries,
  initiativeDomains,
  initiativeSites,
  initiatives,
  milestones,
  statusChanges,
  type NewCitation,
} from "../schema";
import type { SeedCitation, SeedInitiative } from "./seed-schema";

export type SeedIds = { sources: Map<string, number>; actors: Map<string, number> };

const pd = (s: string): PartialDate => parsePartialDate(s)!;
const datePair = (s: string | null) => (s ? pd(s) : null);

function initiativeColumns(item: SeedInitiative) {
  const dates = {
    firstAnnounced: datePair(item.firstAnnouncedOn),
    plannedStart: datePair(item.plannedStartOn),
    actualStart: datePair(item.actualStartOn),
    plannedEnd: datePair(item.plannedEndOn),
    actualEnd: datePair(item.actualEndOn),
  };
  return {
    name: item.name,
    summary: item.summary,
    status: item.status,
    scope: item.scope,
    reviewedOn: item.reviewedOn,
    conflictNotes: item.conflicts,
    ...Object.fromEntries(
      Object.entries(dates).flatMap(([key, value]) => [
        [`${key}On`, value?.date ?? null],
        [`${key}Precision`, value?.precision ?? null],
      ]),
    ),
  };
}

/** A new initiative with all its claims; returns its id. */
export async function writeInitiative(tx: Tx, item: SeedInitiative, ids: SeedIds): Promise<number> {
  const [row] = await tx
    .insert(initiatives)
    .values({ slug: item.slug, ...initiativeColumns(item) })
    .returning({ id: initiatives.id });
  await insertClaims(tx, row!.id, item, ids, { onlyNew: false });
  return row!.id;
}

/** An untouched initiative takes the new version's columns; its old claims go, insertClaims writes the new ones. */
export async function updateInitiativeColumns(tx: Tx, id: number, item: SeedInitiative): Promise<void> {
  await tx.update(initiatives).set({ ...initiativeColumns(item), updatedAt: new Date() }).where(eq(initiatives.id, id));
  for (const table of [citations, milestones, statusChanges, aliases, initiativeDomains, initiativeCountries, initiativeActors, initiativeSites]) {
    await tx.delete(table).where(eq(table.initiativeId, id));
  }
}

/**
 * Writes the seed's claims about an initiative. With `onlyNew` (an initiative editors have changed), only what it
 * does not hold yet: milestones (by kind, date and description), sites, aliases, domain/country/actor links and
 * initiative-level citations — never status changes, which are the editors' to make.
 */
export async function insertClaims(
  tx: Tx,
  initiativeId: number,
  item: SeedInitiative,
  ids: SeedIds,
  { onlyNew }: { onlyNew: boolean },
): Promise<void> {
  const sourceId = (url: string) => {
    const id = ids.sources.get(url);
    if (id === undefined) throw new Error(`Seed initiative ${item.slug} cites an unknown source ${url}.`);
    return id;
  };
  const cite = (c: SeedCitation, claim: Omit<NewCitation, "sourceId" | "initiativeId" | "quote" | "note">): NewCitation => ({
    ...claim,
    sourceId: sourceId(c.sourceUrl),
    initiativeId,
    quote: c.quote,
    note: c.note,
    isVerified: true,
  });

  let initiativeCitations = item.citations.map((c) => cite(c, { claimType: "initiative" }));
  if (onlyNew) {
    const held = await tx
      .select({ sourceId: citations.sourceId, note: citations.note, quote: citations.quote })
      .from(citations)
      .where(sql`${citations.initiativeId} = ${initiativeId} and ${citations.claimType} = 'initiative'`);
    const key = (c: { sourceId: number; note: string | null; quote: string | null }) => `${c.sourceId}|${c.note}|${c.quote}`;
    const heldKeys = new Set(held.map(key));
    initiativeCitations = initiativeCitations.filter((c) => !heldKeys.has(key(c as Parameters<typeof key>[0])));
  }
  const citationRows: NewCitation[] = [...initiativeCitations];

  if (item.aliases.length) {
    await tx
      .insert(aliases)
      .values(item.aliases.map((a) => ({ initiativeId, name: a.name, language: a.lang })))
      .onConflictDoNothing();
  }
  await tx
    .insert(initiativeDomains)
    .values(item.domains.map((domainSlug) => ({ initiativeId, domainSlug })))
    .onConflictDoNothing();
  if (item.countries.length) {
    await tx
      .insert(initiativeCountries)
      .values(item.countries.map((c) => ({ initiativeId, countryCode: c.code, role: c.role })))
      .onConflictDoNothing();
  }
  if (item.actors.length) {
    await tx
      .insert(initiativeActors)
      .values(
        item.actors.map((a) => {
          const actorId = ids.actors.get(a.slug);
          if (actorId === undefined) throw new Error(`Seed initiative ${item.slug} names an unknown actor ${a.slug}.`);
          return { initiativeId, actorId, role: a.role };
        }),
      )
      .onConflictDoNothing();
  }
  if (item.sites.length) {
    await tx
      .insert(initiativeSites)
      .values(
        item.sites.map((s) => ({
          initiativeId,
          kind: s.kind,
          name: s.name,
          city: s.city,
          countryCode: s.countryCode,
          latitude: s.lat,
          longitude: s.lon,
          sourceId: sourceId(s.sourceUrl),
        })),
      )
      .onConflictDoNothing();
  }

  const heldMilestones = onlyNew
    ? new Set(
        (
          await tx
            .select({ kind: milestones.kind, occurredOn: milestones.occurredOn, description: milestones.description })
            .from(milestones)
            .where(eq(milestones.initiativeId, initiativeId))
        ).map((m) => `${m.kind}|${m.occurredOn}|${m.description}`),
      )
    : new Set<string>();
  for (const m of item.milestones) {
    const date = pd(m.date);
    if (heldMilestones.has(`${m.kind}|${date.date}|${m.description}`)) continue;
    const [ms] = await tx
      .insert(milestones)
      .values({
        initiativeId,
        kind: m.kind,
        description: m.description,
        occurredOn: date.date,
        precision: date.precision,
        isPlanned: m.isPlanned,
        isVerified: m.isVerified,
      })
      .returning({ id: milestones.id });
    for (const c of m.citations) {
      citationRows.push({ ...cite(c, { claimType: "milestone", milestoneId: ms!.id }), isVerified: m.isVerified });
    }
  }
  if (!onlyNew) {
    for (const change of item.statusHistory) {
      const date = pd(change.effectiveOn);
      const [sc] = await tx
        .insert(statusChanges)
        .values({
          initiativeId,
          fromStatus: change.from,
          toStatus: change.to,
          effectiveOn: date.date,
          effectivePrecision: date.precision,
          note: change.note,
        })
        .returning({ id: statusChanges.id });
      for (const c of change.citations) citationRows.push(cite(c, { claimType: "status-change", statusChangeId: sc!.id }));
    }
  }
  if (citationRows.length) await tx.insert(citations).values(citationRows);
}
