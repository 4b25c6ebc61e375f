// Loads the researched demo data (db/seed/data/seed.json) and upgrades a database holding an older version of it.
// Idempotent: the same version twice changes nothing. An upgrade never overwrites editors' work: an initiative
// editors have changed keeps their name, summary, status and history, and only gains the new version's milestones,
// sites, aliases and citations; an untouched one is replaced by the new version's record (same id and URL).
import { eq, inArray, sql } from "drizzle-orm";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { DATASET_AS_OF_KEY, DATASET_VERSION_KEY, getDatasetRelease } from "@/lib/dataset/release";
import { canonicalizeUrl, sourceContentHash } from "@/lib/sources/identity";
import type { DbOrTx, Tx } from "../client";
import { actors, aliases, appMeta, changelogEntries, initiatives, sources } from "../schema";
import seedJson from "./data/seed.json";
import { insertClaims, type SeedIds, updateInitiativeColumns, writeInitiative } from "./seed-initiative";
import { type SeedData, seedSchema } from "./seed-schema";

export const DEMO_SEED_KEY = "demo_seed_loaded_at";

export function loadSeedData(): SeedData {
  return seedSchema.parse(seedJson);
}

export type SeedSummary = {
  version: string;
  sources: number;
  actors: number;
  /** New initiatives. */
  initiatives: number;
  /** Initiatives replaced by the new version's record (nobody had edited them). */
  upgraded: number;
  /** Initiatives editors had changed: kept as they are, with the new version's additions. */
  keptForEditors: string[];
};

export async function seedDemoData(db: DbOrTx, data: SeedData = loadSeedData()): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    const summary: SeedSummary = { version: data.version, sources: 0, actors: 0, initiatives: 0, upgraded: 0, keptForEditors: [] };
    if ((await getDatasetRelease(tx))?.version === data.version) return summary;
    // Search rows are derived once at the end, not by the triggers after every statement (as the dataset import does).
    await tx.execute(sql`set local tracker.defer_search = 'on'`);
    const ids: SeedIds = { sources: await upsertSources(tx, data), actors: await insertActors(tx, data) };
    summary.sources = ids.sources.size;
    summary.actors = ids.actors.size;
    const idsBySlug = new Map<string, number>();
    for (const item of data.initiatives) {
      const [existing] = await tx
        .select({ id: initiatives.id, version: initiatives.version })
        .from(initiatives)
        .where(eq(initiatives.slug, item.slug));
      if (!existing) {
        idsBySlug.set(item.slug, await writeInitiative(tx, item, ids));
        summary.initiatives++;
      } else if (await isEditedByEditors(tx, existing)) {
        await insertClaims(tx, existing.id, item, ids, { onlyNew: true });
        await tx
          .update(initiatives)
          .set({ reviewedOn: sql`greatest(${initiatives.reviewedOn}, ${item.reviewedOn}::date)` })
          .where(eq(initiatives.id, existing.id));
        summary.keptForEditors.push(item.slug);
      } else {
        await updateInitiativeColumns(tx, existing.id, item);
        await insertClaims(tx, existing.id, item, ids, { onlyNew: false });
        idsBySlug.set(item.slug, existing.id);
        summary.upgraded++;
      }
    }
    await linkInitiatives(tx, data, idsBySlug);
    await tx.execute(sql`select refresh_initiative_search(array(select id from initiatives))`);
    const now = new Date().toISOString();
    for (const [key, value] of [
      [DEMO_SEED_KEY, now],
      [DATASET_VERSION_KEY, data.version],
      [DATASET_AS_OF_KEY, data.asOf],
    ] as const) {
      await tx
        .insert(appMeta)
        .values({ key, value })
        .onConflictDoUpdate({ target: appMeta.key, set: key === DEMO_SEED_KEY ? { key } : { value, updatedAt: new Date() } });
    }
    return summary;
  });
}

/**
 * Start-up: loads the demo data into an empty tracker, or upgrades one that holds an older version of it. A tracker
 * that was never seeded but holds initiatives is someone's own data and is left alone.
 */
export async function ensureDemoData(db: DbOrTx): Promise<SeedSummary | null> {
  const [meta] = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_SEED_KEY));
  if (!meta && (await db.$count(initiatives)) > 0) return null;
  const data = loadSeedData();
  if ((await getDatasetRelease(db))?.version === data.version) return null;
  return seedDemoData(db, data);
}

/** Editors have changed an initiative when it moved past its first version or has changelog entries. */
async function isEditedByEditors(tx: Tx, row: { id: number; version: number }): Promise<boolean> {
  if (row.version > 1) return true;
  return (await tx.$count(changelogEntries, eq(changelogEntries.initiativeId, row.id))) > 0;
}

/** Sources by URL: new ones are inserted; the seed's own (no stored text) take the new version's metadata. */
async function upsertSources(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  const idByUrl = new Map<string, number>();
  for (const s of data.sources) {
    const canonicalUrl = canonicalizeUrl(s.url);
    const published = s.publishedOn ? parsePartialDate(s.publishedOn) : null;
    const metadata = {
      title: s.title,
      publisher: s.publisher,
      publisherCountry: s.publisherCountry,
      publishedOn: published?.date ?? null,
      publishedPrecision: published?.precision ?? null,
      language: s.language,
      sourceType: s.sourceType,
    };
    const [existing] = await tx
      .select({ id: sources.id, fullText: sources.fullText })
      .from(sources)
      .where(canonicalUrl ? eq(sources.canonicalUrl, canonicalUrl) : eq(sources.contentHash, sourceContentHash(null, canonicalUrl)));
    if (existing) {
      if (existing.fullText === null) await tx.update(sources).set(metadata).where(eq(sources.id, existing.id));
      idByUrl.set(s.url, existing.id);
      continue;
    }
    const [row] = await tx
      .insert(sources)
      .values({ url: s.url, canonicalUrl, ...metadata, fullText: null, contentHash: sourceContentHash(null, canonicalUrl) })
      .returning({ id: sources.id });
    idByUrl.set(s.url, row!.id);
  }
  return idByUrl;
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

/** Parent and successor links, set on the initiatives this run wrote (not on those kept for editors). */
async function linkInitiatives(tx: Tx, data: SeedData, written: Map<string, number>): Promise<void> {
  const slugs = [...new Set(data.initiatives.flatMap((i) => [i.slug, i.parentSlug, i.supersededBySlug]).filter((s) => s !== null))];
  const stored = await tx.select({ id: initiatives.id, slug: initiatives.slug }).from(initiatives).where(inArray(initiatives.slug, slugs));
  const idBySlug = new Map(stored.map((r) => [r.slug, r.id]));
  for (const item of data.initiatives) {
    const id = written.get(item.slug);
    if (id === undefined) continue;
    const parentId = item.parentSlug ? idBySlug.get(item.parentSlug) : null;
    const supersededById = item.supersededBySlug ? idBySlug.get(item.supersededBySlug) : null;
    if (parentId === undefined || supersededById === undefined) {
      throw new Error(`Seed initiative ${item.slug} links to an unknown slug.`);
    }
    await tx.update(initiatives).set({ parentId, supersededById }).where(eq(initiatives.id, id));
  }
}
