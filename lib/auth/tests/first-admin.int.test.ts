import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { DEFAULT_ADMIN_EMAIL, ensureFirstAdmin } from "../first-admin";
import { closeEditorialTestDatabase, openEditorialTestDatabase, signIn } from "./harness";

describe(`first-run administrator on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openEditorialTestDatabase();
  });
  afterAll(() => closeEditorialTestDatabase(database));

  it("creates one admin with a generated password, printed once, that signs in; later starts do nothing", async () => {
    const lines: string[] = [];
    expect(await ensureFirstAdmin(database.db, (line) => lines.push(line))).toBe(true);
    const printed = /with the password (\S+)/.exec(lines.join("\n"))?.[1];
    expect(printed).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const rows = await database.db.select({ email: users.email, role: users.role }).from(users);
    expect(rows).toEqual([{ email: DEFAULT_ADMIN_EMAIL, role: "admin" }]);
    expect((await signIn(DEFAULT_ADMIN_EMAIL, printed!)).status).toBe(200);

    const again: string[] = [];
    expect(await ensureFirstAdmin(database.db, (line) => again.push(line))).toBe(false);
    expect(again).toEqual([]);
  });
});
