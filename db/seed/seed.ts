// Loads the researched demo data (db/seed/data/seed.json). Idempotent: rows that exist (by slug, content hash)
// are left alone, so running it twice changes nothing and it never overwrites editors' work.
import { eq, inArray, sql } from "drizzle-orm";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { canonicalizeUrl, sourceContentHash } from "@/lib/sources/identity";
import type { DbOrTx, Tx } from "../client";
import {
  actors,
  aliases,
  appMeta,
  citations,
  initiativeActors,
  initiativeCountries,
  initiativeDomains,
  initiatives,
  milestones,
  sources,
  statusChanges,
  type NewCitation,
} from "../schema";
import seedJson from "./data/seed.json";
import { type SeedCitation, type SeedData, type SeedInitiative, seedSchema } from "./seed-schema";

export const DEMO_SEED_KEY = "demo_seed_loaded_at";

export function loadSeedData(): SeedData {
  return seedSchema.parse(seedJson);
}

const pd = (s: string): PartialDate => parsePartialDate(s)!;
const datePair = (s: string | null) => (s ? pd(s) : null);

export type SeedSummary = { sources: number; actors: number; initiatives: number };

export async function seedDemoData(db: DbOrTx, data: SeedData = loadSeedData()): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    const sourceIds = await insertSources(tx, data);
    const actorIds = await insertActors(tx, data);
    let created = 0;
    const idsBySlug = new Map<string, number>();
    for (const item of data.initiatives) {
      const id = await insertInitiative(tx, item, sourceIds, actorIds);
      if (id !== null) created++;
      const [row] = await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, item.slug));
      idsBySlug.set(item.slug, row!.id);
    }
    for (const item of data.initiatives) {
      const parentId = item.parentSlug ? idsBySlug.get(item.parentSlug) : null;
      const supersededById = item.supersededBySlug ? idsBySlug.get(item.supersededBySlug) : null;
      if (parentId === undefined || supersededById === undefined) {
        throw new Error(`Seed initiative ${item.slug} links to an unknown slug.`);
      }
      if (parentId || supersededById) {
        await tx
          .update(initiatives)
          .set({ parentId, supersededById })
          .where(sql`${initiatives.id} = ${idsBySlug.get(item.slug)} and ${initiatives.parentId} is null and ${initiatives.supersededById} is null`);
      }
    }
    await tx
      .insert(appMeta)
      .values({ key: DEMO_SEED_KEY, value: new Date().toISOString() })
      .onConflictDoNothing();
    return { sources: sourceIds.size, actors: actorIds.size, initiatives: created };
  });
}

/** Loads the demo data unless the database has ever been seeded or already holds initiatives. */
export async function seedDemoDataIfEmpty(db: DbOrTx): Promise<boolean> {
  const [meta] = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_SEED_KEY));
  if (meta || (await db.$count(initiatives)) > 0) return false;
  await seedDemoData(db);
  return true;
}

async function insertSources(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  const rows = data.sources.map((s) => {
    const canonicalUrl = canonicalizeUrl(s.url);
    const published = datePair(s.publishedOn);
    return {
      url: s.url,
      canonicalUrl,
      title: s.title,
      publisher: s.publisher,
      publishedOn: published?.date ?? null,
      publishedPrecision: published?.precision ?? null,
      language: s.language,
      sourceType: s.sourceType,
      fullText: null,
      contentHash: sourceContentHash(null, canonicalUrl),
    };
  });
  if (rows.length) await tx.insert(sources).values(rows).onConflictDoNothing();
  const stored = await tx
    .select({ id: sources.id, contentHash: sources.contentHash })
    .from(sources)
    .where(inArray(sources.contentHash, rows.map((r) => r.contentHash)));
  const idByHash = new Map(stored.map((r) => [r.contentHash, r.id]));
  return new Map(data.sources.map((s, i) => [s.url, idByHash.get(rows[i]!.contentHash)!]));
}

async function insertActors(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  for (const a of data.actors) {
    const [row] = await tx
      .insert(actors)
      .values({ slug: a.slug, name: a.name, kind: a.kind, countryCode: a.countryCode, description: a.description })
      .onConflictDoNothing()
      .returning({ id: actors.id });
    if (row && a.aliases.length) {
      await tx
        .insert(aliases)
        .values(a.aliases.map((al) => ({ actorId: row.id, name: al.name, language: al.lang })))
        .onConflictDoNothing();
    }
  }
  const stored = await tx.select({ id: actors.id, slug: actors.slug }).from(actors);
  return new Map(stored.map((r) => [r.slug, r.id]));
}

/** Inserts one initiative with everything claimed about it; null when the slug already exists. */
async function insertInitiative(
  tx: Tx,
  item: SeedInitiative,
  sourceIds: Map<string, number>,
  actorIds: Map<string, number>,
): Promise<number | null> {
  const dates = {
    firstAnnounced: datePair(item.firstAnnouncedOn),
    plannedStart: datePair(item.plannedStartOn),
    actualStart: datePair(item.actualStartOn),
    plannedEnd: datePair(item.plannedEndOn),
    actualEnd: datePair(item.actualEndOn),
  };
  const [row] = await tx
    .insert(initiatives)
    .values({
      slug: item.slug,
      name: item.name,
      summary: item.summary,
      status: item.status,
      conflictNotes: item.conflicts,
      ...Object.fromEntries(
        Object.entries(dates).flatMap(([key, value]) => [
          [`${key}On`, value?.date ?? null],
          [`${key}Precision`, value?.precision ?? null],
        ]),
      ),
    })
    .onConflictDoNothing()
    .returning({ id: initiatives.id });
  if (!row) return null;
  const initiativeId = row.id;

  const cite = (c: SeedCitation, claim: Omit<NewCitation, "sourceId" | "initiativeId" | "quote" | "note">): NewCitation => {
    const sourceId = sourceIds.get(c.sourceUrl);
    if (sourceId === undefined) throw new Error(`Seed citation of ${item.slug} names an unknown source ${c.sourceUrl}.`);
    return { ...claim, sourceId, initiativeId, quote: c.quote, note: c.note, isVerified: true };
  };
  const citationRows: NewCitation[] = item.citations.map((c) => cite(c, { claimType: "initiative" }));

  if (item.aliases.length) {
    await tx
      .insert(aliases)
      .values(item.aliases.map((a) => ({ initiativeId, name: a.name, language: a.lang })))
      .onConflictDoNothing();
  }
  await tx.insert(initiativeDomains).values(item.domains.map((domainSlug) => ({ initiativeId, domainSlug })));
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
          const actorId = actorIds.get(a.slug);
          if (actorId === undefined) throw new Error(`Seed initiative ${item.slug} names an unknown actor ${a.slug}.`);
          return { initiativeId, actorId, role: a.role };
        }),
      )
      .onConflictDoNothing();
  }
  for (const m of item.milestones) {
    const date = pd(m.date);
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
  await tx.insert(citations).values(citationRows);
  return initiativeId;
}
