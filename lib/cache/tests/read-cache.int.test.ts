import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Database, type DbOrTx, openedDatabase, openPostgres, queryRows, setTestDatabase } from "@/db/client";
import { createActor, createInitiative, createSource } from "@/db/factories";
import { actors, initiatives } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { createBridge } from "@/lib/page-cache/bridge";
import { cached, cachedRead, clearReadCache, getDataVersion, readCacheStats } from "../read-cache";

const generation = async (db: DbOrTx) => {
  const [row] = await queryRows<{ generation: string | number }>(db, sql`select generation from data_version`);
  return Number(row!.generation);
};

describe(`read cache validated by the data generation on ${testEngine()}`, () => {
  let database: Database;
  let loads = 0;
  const countInitiatives = cachedRead("test.countInitiatives", async (db: DbOrTx, status: string) => {
    loads += 1;
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from initiatives where status = ${status}`,
    );
    return row!.n;
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    setTestDatabase(database);
  });
  afterAll(async () => {
    setTestDatabase(undefined);
    await database?.close();
  });
  beforeEach(() => {
    clearReadCache();
    loads = 0;
  });

  it("goes up once per committed transaction that changes public data, not for reads or rolled-back writes", async () => {
    const db = database.db;
    const start = await generation(db);
    await db.transaction(async (tx) => {
      const actor = await createActor(tx);
      await tx.update(actors).set({ description: "two statements" }).where(eq(actors.id, actor.id));
      await createSource(tx);
    });
    expect(await generation(db)).toBe(start + 1);
    await expect(
      db.transaction(async (tx) => {
        await createActor(tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await db.select().from(initiatives);
    expect(await generation(db)).toBe(start + 1);
    const [row] = await queryRows<{ pending: number }>(
      db,
      sql`select count(*)::int as pending from data_version_pending`,
    );
    expect(row?.pending).toBe(0);
    expect((await getDataVersion(db)).changedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("computes a read once per generation and again after any write", async () => {
    const db = database.db;
    const before = await countInitiatives(db, "in-progress");
    expect(await countInitiatives(db, "in-progress")).toBe(before);
    expect(loads).toBe(1);
    expect(await countInitiatives(db, "proposed")).toBeGreaterThanOrEqual(0); // other arguments, other entry
    expect(loads).toBe(2);

    await createInitiative(db, { status: "in-progress" });
    expect(await countInitiatives(db, "in-progress")).toBe(before + 1);
    expect(loads).toBe(3);
    expect(readCacheStats().entries).toBe(2);
  });

  it("keeps a result with a revalidation across a change that does not reach it, and drops it for one that does", async () => {
    const db = database.db;
    const bridge = createBridge(db);
    const ai = await createInitiative(db, { status: "in-progress", domains: ["ai"] });
    const cables = await createInitiative(db, { status: "in-progress", domains: ["submarine-cables"] });
    let builds = 0;
    const aiView = () =>
      cached(db, "test.aiView", async () => ++builds, {
        describe: () => bridge.describe("/initiatives?domain=ai"),
        isStale: (d, from, to) => bridge.isStale(d as never, from, to),
      });
    expect(await aiView()).toBe(1);
    await db.update(initiatives).set({ summary: "Not an AI initiative." }).where(eq(initiatives.id, cables.id));
    expect(await aiView()).toBe(1); // the cable is neither listed nor counted in a facet that moved
    await db.update(initiatives).set({ summary: "An AI initiative." }).where(eq(initiatives.id, ai.id));
    expect(await aiView()).toBe(2);
    expect(await aiView()).toBe(2);
  });

  it("reads through inside a transaction, which may see its own uncommitted writes", async () => {
    const db = database.db;
    const outside = await countInitiatives(db, "completed");
    await db
      .transaction(async (tx) => {
        await createInitiative(tx, { status: "completed" });
        expect(await countInitiatives(tx, "completed")).toBe(outside + 1);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await countInitiatives(db, "completed")).toBe(outside);
    expect(loads).toBe(2); // the transaction's read was not cached, the outside one was
  });

  it("reads straight through for a script's own handle, and never opens the app's database for it", async () => {
    setTestDatabase(undefined);
    try {
      await countInitiatives(database.db, "proposed");
      await countInitiatives(database.db, "proposed");
      expect(loads).toBe(2);
      expect(openedDatabase()).toBeNull();
    } finally {
      setTestDatabase(database);
    }
  });

  it.runIf(testEngine() === "postgres")(
    "sees a write committed through another connection pool (another app process) at once",
    async () => {
      if (database.kind !== "postgres") return;
      const other = openPostgres(String(database.pool.options.connectionString), 2);
      try {
        const before = await countInitiatives(database.db, "cancelled");
        await createInitiative(other.db, { status: "cancelled" });
        expect(await countInitiatives(database.db, "cancelled")).toBe(before + 1);
      } finally {
        await other.close();
      }
    },
  );

  it.runIf(testEngine() === "postgres")(
    "lets writers that touch the same rows in opposite orders all commit",
    async () => {
      if (database.kind !== "postgres") return;
      // A takes the initiative row, then writes an actor; B writes an actor, then wants the initiative row. Were the
      // generation bumped (row-locked) at each statement, B would hold data_version while waiting for A's row and A
      // would wait for data_version: a deadlock, one of them aborted. Bumped at commit, both commit.
      const target = await createInitiative(database.db);
      const start = await generation(database.db);
      const pools = [
        openPostgres(String(database.pool.options.connectionString), 4),
        openPostgres(String(database.pool.options.connectionString), 4),
      ];
      const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
      try {
        const runs = Array.from({ length: 8 }, (_, i) =>
          pools[i % 2]!.db.transaction(async (tx) => {
            if (i % 2 === 0) {
              await tx
                .update(initiatives)
                .set({ summary: `A${i}` })
                .where(eq(initiatives.id, target.id));
              await pause();
              await createActor(tx);
            } else {
              await createActor(tx);
              await pause();
              await tx
                .update(initiatives)
                .set({ summary: `B${i}` })
                .where(eq(initiatives.id, target.id));
            }
          }),
        );
        const results = await Promise.allSettled(runs);
        expect(
          results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason)),
        ).toEqual([]);
        expect(await generation(database.db)).toBe(start + 8);
      } finally {
        await Promise.all(pools.map((p) => p.close()));
      }
    },
  );
});
