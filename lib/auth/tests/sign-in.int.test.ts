import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { testEngine } from "@/db/testing";
import { createUserAccount } from "@/lib/users/mutations";
import { SIGN_IN_LIMITS } from "../rate-limit";
import { closeEditorialTestDatabase, cookieHeader, createSignedInUser, openEditorialTestDatabase, PASSWORD, signIn } from "./harness";
import { identifyBySession } from "../actor";

describe(`sign-in on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openEditorialTestDatabase();
  });
  afterAll(() => closeEditorialTestDatabase(database));

  it("sets an http-only, SameSite session cookie that identifies the user and their role", async () => {
    const email = `reader-${Date.now()}@test.example`;
    await createUserAccount(database.db, null, { email, name: "Reader", role: "viewer", password: PASSWORD });
    const response = await signIn(email, PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("tracker.session_token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const identity = await identifyBySession(database.db, new Headers({ cookie: cookieHeader(response) }));
    expect(identity).toMatchObject({ kind: "user", actor: { email, role: "viewer" } });
  });

  it("refuses sign-up: accounts are created by administrators", async () => {
    const { getAuth } = await import("../server");
    const response = await (await getAuth()).handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: new URL(process.env.APP_URL ?? "http://localhost:3000").origin },
        body: JSON.stringify({ email: "new@test.example", password: PASSWORD, name: "New" }),
      }),
    );
    expect(response.ok).toBe(false);
  });

  it("a disabled account cannot sign in, even with the right password", async () => {
    const user = await createSignedInUser(database, "editor");
    const { setUserDisabled } = await import("@/lib/users/mutations");
    const admin = await createSignedInUser(database, "admin");
    await setUserDisabled(database.db, admin.actor, { userId: user.actor.userId, disabled: true });
    const response = await signIn(user.email, PASSWORD);
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(/disabled/);
    // and the session it had is gone
    const identity = await identifyBySession(database.db, new Headers({ cookie: user.cookie }));
    expect(identity.kind).toBe("anonymous");
  });

  it("limits failed attempts per account, with a clear message, even from many addresses", async () => {
    const email = `target-${Date.now()}@test.example`;
    await createUserAccount(database.db, null, { email, name: "Target", role: "editor", password: PASSWORD });
    for (let i = 0; i < SIGN_IN_LIMITS.account.maxFailures; i++) {
      expect((await signIn(email, "wrong password!!")).status).toBe(401);
    }
    const blocked = await signIn(email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await blocked.json()).message).toMatch(/Too many failed sign-in attempts for this account/);
  });

  it("limits failed attempts per IP address across accounts", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < SIGN_IN_LIMITS.ip.maxFailures; i++) {
      expect((await signIn(`nobody-${i}@test.example`, "wrong password!!", ip)).status).toBe(401);
    }
    const email = `innocent-${Date.now()}@test.example`;
    await createUserAccount(database.db, null, { email, name: "Innocent", role: "viewer", password: PASSWORD });
    const blocked = await signIn(email, PASSWORD, ip);
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).message).toMatch(/from your network/);
    expect((await signIn(email, PASSWORD, "203.0.113.78")).status).toBe(200);
  });
});
