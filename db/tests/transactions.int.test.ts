import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { createSource } from "../factories";
import { citations, initiatives, statusChanges } from "../schema";
import { createTestDatabase, testEngine } from "../testing";

describe(`transactions and constraints on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("a transaction that fails part-way leaves nothing behind", async () => {
    const source = await createSource(database.db);
    const before = await database.db.$count(initiatives);
    await expect(
      database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(initiatives)
          .values({ slug: "half-written", name: "Half written", summary: "x", status: "proposed" })
          .returning();
        await tx.insert(statusChanges).values({
          initiativeId: row!.id,
          toStatus: "proposed",
          effectiveOn: "2025-01-01",
          effectivePrecision: "day",
          note: "n",
        });
        // A citation for a milestone claim without a milestone violates citations_claim_target.
        await tx.insert(citations).values({ sourceId: source.id, initiativeId: row!.id, claimType: "milestone", note: "n" });
      }),
    ).rejects.toThrow();
    expect(await database.db.$count(initiatives)).toBe(before);
    expect(await database.db.$count(statusChanges)).toBe(0);
  });

  it("refuses a citation without a quote or a note, and offsets without a quote", async () => {
    const source = await createSource(database.db);
    const [row] = await database.db
      .insert(initiatives)
      .values({ slug: `c-${Date.now()}`, name: "C", summary: "x", status: "proposed" })
      .returning();
    await expect(
      database.db.insert(citations).values({ sourceId: source.id, initiativeId: row!.id, claimType: "initiative" }),
    ).rejects.toThrow();
    await expect(
      database.db
        .insert(citations)
        .values({ sourceId: source.id, initiativeId: row!.id, claimType: "initiative", note: "n", quoteStart: 0, quoteEnd: 4 }),
    ).rejects.toThrow();
  });

  it("refuses a date without its precision", async () => {
    await expect(
      database.db
        .insert(initiatives)
        .values({ slug: `d-${Date.now()}`, name: "D", summary: "x", status: "proposed", firstAnnouncedOn: "2025-01-01" }),
    ).rejects.toThrow();
  });

  it("stores the same article only once (content hash)", async () => {
    const a = await createSource(database.db, { url: "https://dup.example/a", canonicalUrl: "https://dup.example/a" });
    await expect(
      createSource(database.db, { url: "https://dup.example/a", canonicalUrl: "https://dup.example/a" }),
    ).rejects.toThrow();
    expect(a.id).toBeGreaterThan(0);
  });
});
