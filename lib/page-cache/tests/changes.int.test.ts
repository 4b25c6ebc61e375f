// What each committed transaction records in data_changes (migration 0013), and the bridge's verdicts built on it:
// which cached pages an edit reaches. On both engines, with the app's real write paths (factories, raw updates).
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, type DbOrTx, queryRows } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { initiativeDomains, initiatives } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { createBridge, type PageCacheBridge } from "../bridge";

type Row = {
  generation: number;
  scope: string;
  initiative_id: number;
  old_signature: { status: string; domains: string[] } | null;
  new_signature: { status: string; domains: string[] } | null;
};

const generation = async (db: DbOrTx) =>
  Number((await queryRows<{ g: string }>(db, sql`select generation as g from data_version`))[0]!.g);
const changesAt = (db: DbOrTx, g: number) =>
  queryRows<Row>(
    db,
    sql`select generation::int as generation, scope, initiative_id, old_signature, new_signature from data_changes where generation = ${g} order by scope, initiative_id`,
  );

describe(`page invalidation by what changed on ${testEngine()}`, () => {
  let database: Database;
  let bridge: PageCacheBridge;
  let ai: Awaited<ReturnType<typeof createInitiative>>;
  let cables: Awaited<ReturnType<typeof createInitiative>>;
  let sibling: Awaited<ReturnType<typeof createInitiative>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    ai = await createInitiative(db, {
      slug: "pc-ai-centre",
      status: "in-progress",
      domains: ["ai"],
      countries: [{ code: "VN" }],
    });
    cables = await createInitiative(db, {
      slug: "pc-cable",
      status: "in-progress",
      domains: ["submarine-cables"],
      countries: [{ code: "TH" }],
    });
    // Shares a domain and a country with the AI centre: shown among its related initiatives.
    sibling = await createInitiative(db, {
      slug: "pc-ai-sibling",
      status: "agreed",
      domains: ["ai"],
      countries: [{ code: "VN" }],
    });
    bridge = createBridge(db);
    await bridge.generation(); // the bridge's change log starts at the first generation it hands out
  });
  afterAll(async () => {
    await database?.close();
  });

  it("records each touched initiative once per transaction, with its signature before and after", async () => {
    const db = database.db;
    await db.transaction(async (tx) => {
      await tx.update(initiatives).set({ summary: "First edit." }).where(eq(initiatives.id, ai.id));
      await tx.update(initiatives).set({ status: "operational" }).where(eq(initiatives.id, ai.id));
      await tx.insert(initiativeDomains).values({ initiativeId: ai.id, domainSlug: "data-centres" });
    });
    const rows = await changesAt(db, await generation(db));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ scope: "initiative", initiative_id: ai.id });
    expect(rows[0]!.old_signature).toMatchObject({ status: "in-progress", domains: ["ai"] });
    expect(rows[0]!.new_signature).toMatchObject({ status: "operational" });
    expect([...rows[0]!.new_signature!.domains].sort()).toEqual(["ai", "data-centres"]);
    expect(await queryRows(db, sql`select 1 from data_change_pending`)).toHaveLength(0);
  });

  it("a new source no one cites reaches only the source pages; a bulk load reaches everything", async () => {
    const db = database.db;
    await createSource(db);
    expect((await changesAt(db, await generation(db))).map((r) => r.scope)).toEqual(["sources"]);
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local tracker.defer_search = 'on'`);
      await tx.update(initiatives).set({ summary: "Bulk." }).where(eq(initiatives.id, cables.id));
    });
    expect((await changesAt(db, await generation(db))).map((r) => r.scope)).toEqual(["all"]);
  });

  it("an edit leaves unrelated pages and views cached, and reaches the ones that show the initiative", async () => {
    const db = database.db;
    const cablePage = await bridge.describe("/initiatives/pc-cable");
    const aiPage = await bridge.describe("/initiatives/pc-ai-centre");
    const cableView = await bridge.describe("/initiatives?domain=submarine-cables&country=TH");
    const aiView = await bridge.describe("/initiatives?domain=ai&status=operational");
    const allAi = await bridge.describe("/initiatives?domain=ai");
    const dashboard = await bridge.describe("/");
    expect(aiPage).toEqual({ kind: "initiative", ids: expect.arrayContaining([ai.id, sibling.id]) });
    expect(dashboard).toEqual({ kind: "everything" });

    // A summary edit of the sibling: the AI centre's page (it is listed there as related), the view that lists it
    // (domain=ai), the dashboard. Not the cable's page, nor the cable view, nor the view of operational AI
    // initiatives (the sibling is "agreed": not listed there, and its facet values did not change).
    const before = await generation(db);
    await db.update(initiatives).set({ summary: "Reworded." }).where(eq(initiatives.id, sibling.id));
    const after = await generation(db);
    expect(await bridge.isStale(cablePage, before, after)).toBe(false);
    expect(await bridge.isStale(cableView, before, after)).toBe(false);
    expect(await bridge.isStale(aiPage, before, after)).toBe(true);
    expect(await bridge.isStale(aiView, before, after)).toBe(false);
    expect(await bridge.isStale(allAi, before, after)).toBe(true);
    expect(await bridge.isStale(dashboard, before, after)).toBe(true);

    // A status change of the cable to "stalled": the cable view and page. The operational-AI view is left: the
    // cable fails its domain and its status filters, before and after, so no count of that view moves.
    const before2 = await generation(db);
    await db.update(initiatives).set({ status: "stalled" }).where(eq(initiatives.id, cables.id));
    const after2 = await generation(db);
    expect(await bridge.isStale(cableView, before2, after2)).toBe(true);
    expect(await bridge.isStale(cablePage, before2, after2)).toBe(true);
    expect(await bridge.isStale(aiView, before2, after2)).toBe(false);
    expect(await bridge.isStale(aiPage, before2, after2)).toBe(false);
    // Then "operational": now it fails only the domain filter, so that view's domain counts include it.
    const before4 = await generation(db);
    await db.update(initiatives).set({ status: "operational" }).where(eq(initiatives.id, cables.id));
    expect(await bridge.isStale(aiView, before4, await generation(db))).toBe(true);
    const before3 = await generation(db);
    await db.update(initiatives).set({ status: "cancelled" }).where(eq(initiatives.id, sibling.id));
    expect(await bridge.isStale(aiView, before3, await generation(db))).toBe(true);
  });

  it("a generation with nothing recorded (an empty write) reaches nothing but is still a generation", async () => {
    const db = database.db;
    const view = await bridge.describe("/initiatives?domain=ai");
    const before = await generation(db);
    await db.update(initiatives).set({ summary: "x" }).where(eq(initiatives.slug, "no-such-initiative"));
    const after = await generation(db);
    expect(after).toBe(before + 1);
    expect(await bridge.isStale(view, before, after)).toBe(false);
  });
});
