// No lost updates: 50 editors saving at the same version → exactly one wins, 49 get 409, one audit entry.
// Calls the real PATCH handler against the test database.
/* eslint-disable no-restricted-imports -- integration tests call the real route handlers, as Next.js does */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createInitiative } from "@/db/factories";
import { auditLog, changelogEntries, initiatives } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { PATCH } from "@/app/api/v1/initiatives/[slug]/route";
import {
  closeEditorialTestDatabase,
  createSignedInUser,
  jsonRequest,
  openEditorialTestDatabase,
  params,
  type TestUser,
} from "@/lib/auth/tests/harness";

describe(`optimistic locking on ${testEngine()}`, () => {
  let database: Database;
  let editor: TestUser;
  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    editor = await createSignedInUser(database, "editor");
  });
  afterAll(() => closeEditorialTestDatabase(database));

  it("50 parallel updates at the same version: exactly one succeeds, 49 get 409, one audit entry", async () => {
    const initiative = await createInitiative(database.db);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        PATCH(
          jsonRequest("PATCH", `/api/v1/initiatives/${initiative.slug}`, { summary: `Summary written by editor number ${i}.`, version: 1 }, { kind: "cookie", user: editor }),
          params({ slug: initiative.slug }),
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);

    const winner = responses.find((r) => r.status === 200)!;
    const body = (await winner.json()) as { data: { summary: string }; version: number };
    expect(body.version).toBe(2);
    const [row] = await database.db.select().from(initiatives).where(eq(initiatives.id, initiative.id));
    expect(row!.version).toBe(2);
    expect(row!.summary).toBe(body.data.summary);

    const entries = await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "initiative"), eq(auditLog.entityId, String(initiative.id))));
    expect(entries[0]!.n).toBe(1);
    const changelog = await database.db.select({ n: count() }).from(changelogEntries).where(eq(changelogEntries.initiativeId, initiative.id));
    expect(changelog[0]!.n).toBe(1);

    const loser = (await responses.find((r) => r.status === 409)!.json()) as {
      error: { code: string; message: string; details: { yourVersion: number; currentVersion: number; changes: { summary: string }[] } };
    };
    expect(loser.error.code).toBe("conflict");
    expect(loser.error.details).toMatchObject({ yourVersion: 1, currentVersion: 2 });
    expect(loser.error.details.changes).toHaveLength(1);
    expect(loser.error.details.changes[0]!.summary).toMatch(/summary edited/);
  });

  it("a stale version is refused even when nobody is writing at the same moment", async () => {
    const initiative = await createInitiative(database.db);
    const send = (version: number) =>
      PATCH(jsonRequest("PATCH", `/api/v1/initiatives/${initiative.slug}`, { name: `Renamed at v${version}`, version }, { kind: "cookie", user: editor }), params({ slug: initiative.slug }));
    expect((await send(1)).status).toBe(200);
    expect((await send(1)).status).toBe(409);
    const third = await send(2);
    expect(third.status).toBe(200);
    expect(((await third.json()) as { version: number }).version).toBe(3);
  });
});
