// Issue 9's additions to the editorial authorization matrix (lib/auth/tests/authorization-matrix.int.test.ts):
// 1. coverage — every app/api/**/route.ts that exports POST/PUT/PATCH/DELETE is in the mutation registry, and every
//    registered non-public mutation has a matrix case (a new route without a rule fails here too);
// 2. the callers the matrix does not have — an expired session (→ 401) and a disabled user's API token (→ 403) —
//    for every registered mutation, each leaving every table untouched.
import path from "node:path";
// First: it mocks next/headers, next/cache and next/navigation before the actions load them.
import { invokeAction, mutatingRoutesOnDisk, ROOT } from "@/lib/auth/tests/matrix-setup";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { ACTION_MUTATIONS, ROUTE_MUTATIONS } from "@/lib/auth/mutation-registry";
import {
  type Caller,
  closeEditorialTestDatabase,
  createSignedInUser,
  createTokenFor,
  openEditorialTestDatabase,
  type TestUser,
} from "@/lib/auth/tests/harness";
import { actionCases, ROUTE_CASES } from "@/lib/auth/tests/mutation-cases";
import { tableChecksum, withoutTables } from "./fuzz-harness";

describe(`authorization coverage on ${testEngine()}`, () => {
  let database: Database;
  let expired: TestUser;
  let disabledToken: string;
  const ACTION_CASES = actionCases(invokeAction);

  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    // An editor whose session has run out: the cookie is still in the browser, the session row says expired.
    expired = await createSignedInUser(database, "editor");
    await database.db.update(sessions).set({ expiresAt: sql`now() - interval '1 day'` }).where(eq(sessions.userId, expired.actor.userId));
    // An editor who created an API token and was then disabled.
    const disabled = await createSignedInUser(database, "editor");
    disabledToken = await createTokenFor(database, disabled);
    await database.db.update(users).set({ banned: true }).where(eq(users.id, disabled.actor.userId));
  });
  afterAll(() => closeEditorialTestDatabase(database));

  it("every mutating route handler on disk is in the mutation registry, and the registry lists nothing else", () => {
    const onDisk = mutatingRoutesOnDisk(path.join(ROOT, "app", "api")).sort();
    expect(onDisk.filter((r) => !(r in ROUTE_MUTATIONS)), "add these routes to lib/auth/mutation-registry.ts").toEqual([]);
    expect(Object.keys(ROUTE_MUTATIONS).filter((r) => !onDisk.includes(r)), "registered routes that no longer exist").toEqual([]);
  });

  it("every non-public registered mutation has an authorization-matrix case", () => {
    const needed = [...Object.entries(ROUTE_MUTATIONS), ...Object.entries(ACTION_MUTATIONS)].filter(([, rule]) => rule !== "public").map(([id]) => id);
    const have = new Set([...Object.keys(ROUTE_CASES), ...Object.keys(ACTION_CASES)]);
    expect(needed.filter((id) => !have.has(id))).toEqual([]);
  });

  const cases = () => [
    ...Object.entries(ROUTE_CASES).map(([id, setup]) => ({ id, setup: setup!, isRoute: true })),
    ...Object.entries(ACTION_CASES).map(([id, setup]) => ({ id, setup: setup!, isRoute: false })),
  ];

  it("an expired session is refused (401) by every mutation, and nothing is written", async () => {
    const results: string[] = [];
    for (const { id, setup } of cases()) {
      const run = await setup(database);
      // better-auth deletes an expired session row when it meets one: that cleanup is the only write allowed.
      const before = withoutTables(await tableChecksum(database), ["sessions"]);
      const status = await run({ kind: "cookie", user: expired });
      results.push(`${id}: ${status}`);
      expect(status, `${id} with an expired session`).toBe(401);
      expect(withoutTables(await tableChecksum(database), ["sessions"]), `${id} with an expired session: nothing written`).toBe(before);
    }
    console.log(`expired session × ${results.length} mutations → 401`);
  });

  it("a disabled user's API token is refused (403) by every REST mutation, and nothing is written", async () => {
    for (const { id, setup, isRoute } of cases()) {
      if (!isRoute) continue;
      const run = await setup(database);
      const before = await tableChecksum(database);
      const caller: Caller = { kind: "bearer", token: disabledToken };
      expect(await run(caller), `${id} with a disabled user's token`).toBe(403);
      expect(await tableChecksum(database), `${id}: nothing written`).toBe(before);
    }
  });
});
