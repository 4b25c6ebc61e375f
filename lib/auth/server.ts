// better-auth, mounted at /api/auth, on our Drizzle instance and tables (users/sessions/accounts/verifications).
// Sign-up is off: accounts are created by an admin (or the first-run admin), so every user has a role we chose.
import "server-only";
import { randomUUID } from "node:crypto";
import { betterAuth } from "better-auth/minimal";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { eq } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { getEnv } from "@/lib/env";
import { clientIp } from "./client-ip";
import { checkSignIn, clearAccountFailures, recordSignInFailure } from "./rate-limit";
import { getAuthSecret } from "./secret";

export const SESSION_COOKIE_PREFIX = "tracker";
const SIGN_IN_PATH = "/sign-in/email";

function signInEmail(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : null;
}

function requestHeaders(ctx: { headers?: Headers; request?: Request }): Headers {
  return ctx.headers ?? ctx.request?.headers ?? new Headers();
}

function createAuth(db: Db, secret: string) {
  const env = getEnv();
  const appUrl = new URL(env.APP_URL);
  return betterAuth({
    appName: "China–ASEAN Digital Cooperation Tracker",
    baseURL: env.APP_URL,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [appUrl.origin],
    database: drizzleAdapter(db, { provider: "pg", schema, usePlural: true }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // better-auth's own limiter (memory, per IP and path) guards its other endpoints; sign-in has the explicit,
    // database-backed per-account + per-IP limits below.
    rateLimit: { enabled: true, storage: "memory", customRules: { [SIGN_IN_PATH]: false } },
    telemetry: { enabled: false },
    logger: { level: env.NODE_ENV === "test" ? "error" : "warn" },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: appUrl.protocol === "https:",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => randomUUID() },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account never gets a session, whatever the password.
          before: async (session) => {
            const [user] = await db.select({ banned: schema.users.banned }).from(schema.users).where(eq(schema.users.id, session.userId));
            if (user?.banned) {
              throw new APIError("FORBIDDEN", { message: "This account has been disabled. Ask an administrator to re-enable it." });
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = signInEmail(ctx.body);
        if (!email) return;
        const verdict = await checkSignIn(db, email, clientIp(requestHeaders(ctx)));
        if (!verdict.allowed) {
          throw new APIError("TOO_MANY_REQUESTS", { message: verdict.message }, { "Retry-After": String(verdict.retryAfterSeconds) });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = signInEmail(ctx.body);
        if (!email) return;
        const returned = ctx.context.returned;
        if (returned instanceof APIError) {
          if (returned.statusCode === 401) await recordSignInFailure(db, email, clientIp(requestHeaders(ctx)));
        } else {
          await clearAccountFailures(db, email);
        }
      }),
    },
    // Copies Set-Cookie into Next's cookies() when a server action signs in or out. Must stay the last plugin.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per database (the app has one; tests swap databases with setTestDatabase).
const globalForAuth = globalThis as unknown as { __trackerAuth?: { db: Db; auth: Promise<Auth> } };

export async function getAuth(): Promise<Auth> {
  const db = await getDb();
  if (globalForAuth.__trackerAuth?.db !== db) {
    const auth = getAuthSecret(db).then((secret) => createAuth(db, secret));
    globalForAuth.__trackerAuth = { db, auth };
  }
  return globalForAuth.__trackerAuth.auth;
}
