// Integration-test harness for the editorial workflow: a fresh test database behind the app's getDb(), users of each
// role signed in through the real better-auth handler, and Request builders for the real route handlers.
import { randomBytes } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { type Database, setTestDatabase } from "@/db/client";
import { auditLog, changelogEntries, citations, initiatives, milestones, sessions, sources, statusChanges, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { createUserAccount } from "@/lib/users/mutations";
import type { UserRole } from "@/lib/vocabulary/misc";
import type { Actor } from "../actor";
import { appOrigin } from "../same-origin";
import { getAuth } from "../server";

export const PASSWORD = "correct horse battery staple";
export const ORIGIN = appOrigin();
export const EVIL_ORIGIN = "https://evil.example";

export async function openEditorialTestDatabase(): Promise<Database> {
  const database = await createTestDatabase();
  setTestDatabase(database);
  return database;
}

export async function closeEditorialTestDatabase(database: Database | undefined): Promise<void> {
  setTestDatabase(undefined);
  await database?.close();
}

export type TestUser = { actor: Actor; email: string; cookie: string };

let ipCounter = 0;
/** A distinct client IP per sign-in, so the per-IP limit never couples unrelated tests. */
export const nextTestIp = () => `198.51.100.${(ipCounter++ % 250) + 1}`;

export async function signIn(email: string, password: string, ip = nextTestIp()): Promise<Response> {
  const auth = await getAuth();
  return auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

export async function createSignedInUser(database: Database, role: UserRole): Promise<TestUser> {
  const email = `${role}-${randomBytes(4).toString("hex")}@test.example`;
  const { user } = await createUserAccount(database.db, null, { email, name: `Test ${role}`, role, password: PASSWORD });
  const response = await signIn(email, PASSWORD);
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { actor: { userId: user.id, email, name: user.name, role, via: "session" }, email, cookie: cookieHeader(response) };
}

/** A user who signed in and was then disabled: their session cookie is still in hand. */
export async function createDisabledUser(database: Database): Promise<TestUser> {
  const user = await createSignedInUser(database, "editor");
  await database.db.update(users).set({ banned: true }).where(eq(users.id, user.actor.userId));
  return user;
}

export async function createTokenFor(database: Database, user: TestUser): Promise<string> {
  return (await createApiToken(database.db, user.actor, { name: "test script" })).token;
}

export type Caller =
  | { kind: "anonymous" }
  | { kind: "cookie"; user: TestUser; origin?: string; secFetchSite?: string }
  | { kind: "bearer"; token: string };

export function callerHeaders(caller: Caller): Record<string, string> {
  if (caller.kind === "anonymous") return { origin: ORIGIN };
  if (caller.kind === "bearer") return { authorization: `Bearer ${caller.token}` };
  const headers: Record<string, string> = { cookie: caller.user.cookie };
  if (caller.origin !== "") headers.origin = caller.origin ?? ORIGIN;
  if (caller.secFetchSite) headers["sec-fetch-site"] = caller.secFetchSite;
  return headers;
}

export function jsonRequest(method: string, path: string, body: unknown, caller: Caller): Request {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { "content-type": "application/json", ...callerHeaders(caller) },
    body: JSON.stringify(body),
  });
}

export const params = <P>(value: P) => ({ params: Promise.resolve(value) });

/** Row counts of every table a mutation writes: equal before and after means nothing was written. */
export async function writeCounts(database: Database): Promise<Record<string, number>> {
  const tables = { initiatives, milestones, statusChanges, citations, sources, auditLog, changelogEntries, sessions };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await database.db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}
