import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, setTestDatabase } from "@/db/client";
import { createInitiative } from "@/db/factories";
import { initiatives } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { readCacheStats } from "@/lib/cache/read-cache";
import * as listRoute from "../initiatives/route";
import { call } from "./call";

describe(`REST API reads through the read cache on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    setTestDatabase(database);
  });
  afterAll(async () => {
    setTestDatabase(undefined);
    await database?.close();
  });

  it("serves the API list from the cache until an edit, then shows the edit at once", async () => {
    const db = database.db;
    const initiative = await createInitiative(db, {
      status: "proposed",
      domains: ["ai"],
      name: "Cache probe initiative",
    });
    const first = await call(listRoute.GET, "/api/v1/initiatives?q=Cache%20probe");
    const etag = first.headers.get("etag")!;
    expect(((await first.json()) as { data: { status: string }[] }).data.map((i) => i.status)).toEqual(["proposed"]);
    const again = await call(listRoute.GET, "/api/v1/initiatives?q=Cache%20probe", {
      headers: { "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
    const cachedEntries = readCacheStats().entries;

    await db.update(initiatives).set({ status: "in-progress" }).where(eq(initiatives.id, initiative.id));
    const after = await call(listRoute.GET, "/api/v1/initiatives?q=Cache%20probe", {
      headers: { "If-None-Match": etag },
    });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { data: { status: string }[] }).data.map((i) => i.status)).toEqual(["in-progress"]);
    expect(readCacheStats().entries).toBe(cachedEntries); // replaced, not added
  });
});
