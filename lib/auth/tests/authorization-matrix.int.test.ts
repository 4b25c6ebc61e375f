// The authorization matrix: every registered mutation (REST handler or server action) × every kind of caller.
// anonymous → 401, viewer → 403, disabled account → 403, cross-site cookie request → 403, and nothing written;
// editors and admins succeed where the rule allows. Also checks the registry is complete: a mutating route or an
// action that is not registered (or has no case here) fails.
import fs from "node:fs";
import path from "node:path";
// First: it mocks next/headers, next/cache and next/navigation before the actions load them.
import { invokeAction, mutatingRoutesOnDisk, ROOT, walk } from "./matrix-setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { testEngine } from "@/db/testing";
import { ACTION_MUTATIONS, type MutationRule, ROUTE_MUTATIONS } from "../mutation-registry";
import {
  type Caller,
  closeEditorialTestDatabase,
  createDisabledUser,
  createSignedInUser,
  createTokenFor,
  EVIL_ORIGIN,
  openEditorialTestDatabase,
  type TestUser,
  writeCounts,
} from "./harness";
import { actionCases, ROUTE_CASES } from "./mutation-cases";

const ACTION_CASES = actionCases(invokeAction);

type Who = "anonymous" | "viewer" | "editor" | "admin" | "disabled" | "cross-origin" | "no-origin";

function expected(rule: MutationRule, who: Who): number | "ok" {
  if (who === "anonymous") return 401;
  if (who === "viewer" || who === "disabled" || who === "cross-origin" || who === "no-origin") return 403;
  if (who === "editor") return rule === "admin" ? 403 : "ok";
  return "ok";
}

describe(`authorization matrix on ${testEngine()}`, () => {
  let database: Database;
  let users: Record<"viewer" | "editor" | "admin" | "disabled", TestUser>;

  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    users = {
      viewer: await createSignedInUser(database, "viewer"),
      editor: await createSignedInUser(database, "editor"),
      admin: await createSignedInUser(database, "admin"),
      disabled: await createDisabledUser(database),
    };
  });
  afterAll(() => closeEditorialTestDatabase(database));

  const callers = (): Record<Who, Caller> => ({
    anonymous: { kind: "anonymous" },
    viewer: { kind: "cookie", user: users.viewer },
    editor: { kind: "cookie", user: users.editor },
    admin: { kind: "cookie", user: users.admin },
    disabled: { kind: "cookie", user: users.disabled },
    "cross-origin": { kind: "cookie", user: users.editor, origin: EVIL_ORIGIN, secFetchSite: "cross-site" },
    "no-origin": { kind: "cookie", user: users.editor, origin: "", secFetchSite: "cross-site" },
  });

  it("registers every mutating route handler in app/", () => {
    const found = mutatingRoutesOnDisk(path.join(ROOT, "app"));
    expect(found.sort()).toEqual(Object.keys(ROUTE_MUTATIONS).sort());
  });

  it("registers every server action in lib/ and app/", () => {
    const files = [...walk(path.join(ROOT, "lib"), (f) => /actions\.tsx?$/.test(f)), ...walk(path.join(ROOT, "app"), (f) => /actions\.tsx?$/.test(f))];
    const found = files.flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      if (!/^["']use server["']/m.test(source)) return [];
      return [...source.matchAll(/export\s+(?:const|async\s+function)\s+(\w+)/g)].map((m) => m[1]!);
    });
    expect(found.sort()).toEqual(Object.keys(ACTION_MUTATIONS).sort());
  });

  it("has a matrix case for every non-public mutation", () => {
    const needed = [...Object.entries(ROUTE_MUTATIONS), ...Object.entries(ACTION_MUTATIONS)].filter(([, rule]) => rule !== "public").map(([id]) => id);
    const have = [...Object.keys(ROUTE_CASES), ...Object.keys(ACTION_CASES)];
    expect(needed.filter((id) => !have.includes(id))).toEqual([]);
  });

  const cases = [
    ...Object.entries(ROUTE_CASES).map(([id, setup]) => ({ id, setup: setup!, rule: ROUTE_MUTATIONS[id as keyof typeof ROUTE_MUTATIONS] })),
    ...Object.entries(ACTION_CASES).map(([id, setup]) => ({ id, setup: setup!, rule: ACTION_MUTATIONS[id as keyof typeof ACTION_MUTATIONS] })),
  ];

  for (const { id, setup, rule } of cases) {
    it(`${id} (${rule})`, async () => {
      for (const [who, caller] of Object.entries(callers()) as [Who, Caller][]) {
        const run = await setup(database);
        const before = await writeCounts(database);
        const status = await run(caller);
        const after = await writeCounts(database);
        const want = expected(rule, who);
        if (want === "ok") {
          expect(status, `${id} as ${who}`).toBeGreaterThanOrEqual(200);
          expect(status, `${id} as ${who}`).toBeLessThan(300);
          expect(after.auditLog, `${id} as ${who}: one audit entry`).toBe((before.auditLog ?? 0) + 1);
        } else {
          expect(status, `${id} as ${who}`).toBe(want);
          expect(after, `${id} as ${who}: nothing written`).toEqual(before);
        }
      }
    });
  }

  it("REST writes accept an editor's API token without any Origin, and refuse a viewer's or a revoked one", async () => {
    const setup = ROUTE_CASES["POST /api/v1/initiatives/[slug]/status-changes"]!;
    const editorToken = await createTokenFor(database, users.editor);
    const viewerToken = await createTokenFor(database, users.viewer);
    expect(await (await setup(database))({ kind: "bearer", token: editorToken })).toBe(201);
    expect(await (await setup(database))({ kind: "bearer", token: viewerToken })).toBe(403);
    expect(await (await setup(database))({ kind: "bearer", token: "cadt_not-a-real-token" })).toBe(401);
    const { revokeApiToken } = await import("@/lib/api-tokens/mutations");
    const { apiTokens } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const { hashApiToken } = await import("@/lib/api-tokens/verify");
    const [row] = await database.db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.tokenHash, hashApiToken(editorToken)));
    await revokeApiToken(database.db, users.editor.actor, { tokenId: row!.id });
    expect(await (await setup(database))({ kind: "bearer", token: editorToken })).toBe(401);
  });

  it("a cookie request with Sec-Fetch-Site: same-origin and no Origin header is accepted", async () => {
    const run = await ROUTE_CASES["PATCH /api/v1/initiatives/[slug]"]!(database);
    expect(await run({ kind: "cookie", user: users.editor, origin: "", secFetchSite: "same-origin" })).toBe(200);
  });
});
