import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeStatus } from "@/lib/status-changes/mutations";
import { createUserAccount } from "@/lib/users/mutations";
import { type Database, queryRows } from "../client";
import { initiativeSites, initiatives, milestones, sources, statusChanges } from "../schema";
import { getDatasetRelease } from "@/lib/dataset/release";
import { seedDemoData } from "../seed/seed";
import type { SeedData, SeedInitiative } from "../seed/seed-schema";
import { createTestDatabase, testEngine } from "../testing";

// A small dataset in two versions: v2 revises "edited" and "untouched", adds "added" and a source, retitles a source.
const SOURCE_A = "https://ministry.example.gov/release-1";
const SOURCE_B = "https://press.example.com/story-2";

function initiative(slug: string, overrides: Partial<SeedInitiative> = {}): SeedInitiative {
  const cite = [{ sourceUrl: SOURCE_A, quote: null, note: `Reports ${slug}.` }];
  return {
    slug,
    name: `Initiative ${slug}`,
    summary: `First summary of ${slug}.`,
    status: "proposed",
    firstAnnouncedOn: "2024-03",
    plannedStartOn: null,
    actualStartOn: null,
    plannedEndOn: null,
    actualEndOn: null,
    scope: "bilateral",
    reviewedOn: "2026-05-15",
    sites: [],
    parentSlug: null,
    supersededBySlug: null,
    aliases: [],
    domains: ["ai"],
    countries: [{ code: "CN", role: "party" }, { code: "LA", role: "party" }],
    actors: [],
    milestones: [{ kind: "proposed", description: `${slug} proposed.`, date: "2024-03", isPlanned: false, isVerified: true, citations: cite }],
    statusHistory: [{ from: null, to: "proposed", effectiveOn: "2024-03", note: "Put forward.", citations: cite }],
    citations: cite,
    conflicts: [],
    ...overrides,
  };
}

const source = (url: string, title: string) => ({
  url,
  title,
  publisher: "Example publisher",
  publishedOn: "2024-03-01",
  language: "en",
  sourceType: "official-asean-member" as const,
  publisherCountry: "LA",
});

const v1: SeedData = {
  version: "2000.1.1",
  asOf: "2026-05-15",
  sources: [source(SOURCE_A, "Old title")],
  actors: [],
  initiatives: [initiative("edited"), initiative("untouched")],
};

function revised(slug: string): SeedInitiative {
  const cites = [
    { sourceUrl: SOURCE_A, quote: null, note: `Reports ${slug}.` },
    { sourceUrl: SOURCE_B, quote: null, note: `Reports that ${slug} opened.` },
  ];
  return initiative(slug, {
    summary: `Revised summary of ${slug}.`,
    status: "operational",
    reviewedOn: "2026-12-07",
    sites: [{ kind: "site", name: `${slug} centre`, city: "Vientiane", countryCode: "LA", lat: 17.97, lon: 102.63, sourceUrl: SOURCE_B }],
    milestones: [
      ...initiative(slug).milestones,
      { kind: "launched", description: `${slug} opened.`, date: "2026-09-01", isPlanned: false, isVerified: true, citations: cites },
    ],
    statusHistory: [
      ...initiative(slug).statusHistory,
      { from: "proposed", to: "operational", effectiveOn: "2026-09-01", note: "Opened.", citations: cites },
    ],
  });
}

const v2: SeedData = {
  version: "2000.2.1",
  asOf: "2026-12-07",
  sources: [source(SOURCE_A, "Title as published"), source(SOURCE_B, "Centre opens")],
  actors: [],
  initiatives: [revised("edited"), revised("untouched"), initiative("added")],
};

describe(`demo data upgrade on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const row = async (slug: string) => (await database.db.select().from(initiatives).where(eq(initiatives.slug, slug)))[0]!;

  it("upgrades v1 to v2, keeping what an editor changed and replacing what nobody touched", async () => {
    await seedDemoData(database.db, v1);
    expect(await getDatasetRelease(database.db)).toEqual({ version: "2000.1.1", asOf: "2026-05-15" });

    const { user } = await createUserAccount(database.db, null, { email: `ed-${Date.now()}@test.example`, name: "Ed", role: "editor", password: "a long enough password 1" });
    const [sourceId] = (await database.db.select({ id: sources.id }).from(sources)).map((s) => s.id);
    const editedBefore = await row("edited");
    await changeStatus(database.db, { userId: user.id, email: user.email, name: "Ed", role: "editor", via: "session" }, "edited", {
      status: "cancelled",
      effectiveOn: "2025-01-10",
      note: "Editor's own finding.",
      citations: [{ sourceId: sourceId!, note: "The ministry withdrew it." }],
      version: editedBefore.version,
    });

    const summary = await seedDemoData(database.db, v2);
    expect(summary).toMatchObject({ version: "2000.2.1", initiatives: 1, upgraded: 1, keptForEditors: ["edited"] });

    const untouched = await row("untouched");
    expect(untouched).toMatchObject({ summary: "Revised summary of untouched.", status: "operational", reviewedOn: "2026-12-07" });
    const untouchedHistory = await database.db.select().from(statusChanges).where(eq(statusChanges.initiativeId, untouched.id));
    expect(untouchedHistory.map((s) => s.toStatus)).toEqual(["proposed", "operational"]);

    // The editor's status and summary stand; the new milestone and site arrive; the old milestone is not doubled.
    const edited = await row("edited");
    expect(edited).toMatchObject({ summary: "First summary of edited.", status: "cancelled", reviewedOn: "2026-12-07" });
    const editedMilestones = await database.db.select().from(milestones).where(eq(milestones.initiativeId, edited.id));
    expect(editedMilestones.map((m) => m.kind).sort()).toEqual(["launched", "proposed"]);
    expect(await database.db.$count(initiativeSites, eq(initiativeSites.initiativeId, edited.id))).toBe(1);
    const editedHistory = await database.db.select().from(statusChanges).where(eq(statusChanges.initiativeId, edited.id));
    expect(editedHistory.map((s) => s.toStatus).sort()).toEqual(["cancelled", "proposed"]);

    expect((await row("added")).status).toBe("proposed");
    const titles = await queryRows<{ title: string }>(database.db, sql`select title from ${sources} order by id`);
    expect(titles.map((t) => t.title)).toEqual(["Title as published", "Centre opens"]);
    expect(await getDatasetRelease(database.db)).toEqual({ version: "2000.2.1", asOf: "2026-12-07" });
  });

  it("is idempotent: the same version again changes nothing", async () => {
    const before = await queryRows(database.db, sql`select slug, version, updated_at::text from ${initiatives} order by id`);
    const again = await seedDemoData(database.db, v2);
    expect(again).toMatchObject({ initiatives: 0, upgraded: 0, keptForEditors: [] });
    expect(await queryRows(database.db, sql`select slug, version, updated_at::text from ${initiatives} order by id`)).toEqual(before);
  });
});
