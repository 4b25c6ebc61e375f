// Fuzz every API route handler: each app/api/**/route.ts found on disk is imported and each method it exports is
// called, as Next.js calls it, with generated hostile requests (path parameters, query strings, bodies, callers)
// against a real test database. Every answer must be < 500, free of stack traces and paths, in the one error shape
// when it is a 4xx, and a rejected (or read-only) request must leave every table exactly as it was.
// A route whose dynamic segment has no generator below fails the suite, so a new route is fuzzed or flagged.
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { testEngine } from "@/db/testing";
import { isGeneratedMethod } from "@/lib/api/methods";
import {
  closeEditorialTestDatabase,
  createDisabledUser,
  createSignedInUser,
  createTokenFor,
  EVIL_ORIGIN,
  openEditorialTestDatabase,
  ORIGIN,
  type TestUser,
} from "@/lib/auth/tests/harness";
import {
  bodyArb,
  buildFuzzWorld,
  CaseCounter,
  checkProperty,
  expectErrorShape,
  expectNoLeak,
  type FuzzBody,
  type FuzzWorld,
  fuzzRuns,
  nastyString,
  queryArb,
  ROOT,
  tableChecksum,
  toSearch,
  walk,
} from "./fuzz-harness";

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Method = (typeof METHODS)[number];
const BASE_RUNS: Record<Method, number> = { GET: 160, HEAD: 30, POST: 500, PUT: 500, PATCH: 500, DELETE: 500, OPTIONS: 15 };

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Route = { file: string; pattern: string; segments: string[] };

function discoverRoutes(): Route[] {
  return walk(path.join(ROOT, "app", "api"), (f) => f.endsWith(`${path.sep}route.ts`)).map((file) => {
    const segments = path
      .relative(path.join(ROOT, "app"), path.dirname(file))
      .split(path.sep)
      .filter((part) => !/^\(.*\)$/.test(part));
    return { file, pattern: `/${segments.join("/")}`, segments };
  });
}

const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const encode = (s: string) => encodeURIComponent(s.replace(lone, "\uFFFD"));

const AUTH_PATHS = ["sign-in", "email", "sign-out", "get-session", "sign-up", "update-user", "change-password", "list-sessions", "revoke-sessions", "reset-password", "ok", "error"];

/** Generators for dynamic segments, by segment name. A new name must be added here. */
function paramArb(world: FuzzWorld, name: string): fc.Arbitrary<string | string[]> | undefined {
  switch (name) {
    case "slug":
      return fc.oneof(fc.constantFrom(...world.slugs), nastyString);
    case "id":
      return fc.oneof(fc.constantFrom(...world.sourceIds.map(String)), fc.integer().map(String), nastyString);
    case "suggestionId":
      // Low ids hit real suggestions of the fuzz world's sources (or of other sources: a 404), the rest never exist.
      return fc.oneof(fc.integer({ min: 1, max: 40 }).map(String), fc.integer().map(String), nastyString);
    case "all":
      return fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...AUTH_PATHS) }, { weight: 1, arbitrary: nastyString }), { minLength: 1, maxLength: 3 });
    default:
      return undefined;
  }
}

type CallerKind = "anonymous" | "editor-token" | "viewer-token" | "bad-token" | "editor-cookie" | "cross-site-cookie" | "admin-cookie" | "disabled-cookie" | "auth-cookie";

describe(`fuzz: every API route handler on ${testEngine()}`, () => {
  let database: Database;
  let world: FuzzWorld;
  let users: Record<"editor" | "admin" | "disabled" | "sacrificial", TestUser>;
  let tokens: { editor: string; viewer: string };
  const counter = new CaseCounter();
  const routes = discoverRoutes();

  beforeAll(async () => {
    // The CSP-report sink logs every report it is sent; thousands of fuzzed ones would drown the output.
    vi.spyOn(console, "warn").mockImplementation(() => {});
    database = await openEditorialTestDatabase();
    world = await buildFuzzWorld(database);
    const viewer = await createSignedInUser(database, "viewer");
    users = {
      editor: await createSignedInUser(database, "editor"),
      admin: await createSignedInUser(database, "admin"),
      disabled: await createDisabledUser(database),
      // Its session may be signed out or its name changed by better-auth's own endpoints; no other case uses it.
      sacrificial: await createSignedInUser(database, "viewer"),
    };
    tokens = { editor: await createTokenFor(database, users.editor), viewer: await createTokenFor(database, viewer) };
  });
  afterAll(async () => {
    console.log(counter.report("fuzz-routes"));
    await closeEditorialTestDatabase(database);
  });

  function callerHeaders(kind: CallerKind): Record<string, string> {
    switch (kind) {
      case "anonymous":
        return {};
      case "editor-token":
        return { authorization: `Bearer ${tokens.editor}` };
      case "viewer-token":
        return { authorization: `Bearer ${tokens.viewer}` };
      case "bad-token":
        return { authorization: "Bearer cadt_' OR 1=1 --" };
      case "editor-cookie":
        return { cookie: users.editor.cookie, origin: ORIGIN };
      case "cross-site-cookie":
        return { cookie: users.editor.cookie, origin: EVIL_ORIGIN, "sec-fetch-site": "cross-site" };
      case "admin-cookie":
        return { cookie: users.admin.cookie, origin: ORIGIN };
      case "disabled-cookie":
        return { cookie: users.disabled.cookie, origin: ORIGIN };
      case "auth-cookie":
        return { cookie: users.sacrificial.cookie, origin: ORIGIN };
    }
  }

  it("finds the route handlers on disk and has a generator for every dynamic segment", () => {
    expect(routes.length).toBeGreaterThan(10);
    const unmapped = routes.flatMap((r) =>
      r.segments.filter((s) => s.startsWith("[")).map((s) => s.replace(/^\[(\.\.\.)?|\]$/g, "")).filter((name) => !paramArb({ slugs: ["x"], sourceIds: [1], passage: "p" }, name)).map((name) => `${r.pattern}: [${name}]`),
    );
    expect(unmapped, "add a generator for these dynamic segments in fuzz-routes.int.test.ts").toEqual([]);
  });

  for (const route of routes) {
    it(`${route.pattern}`, async () => {
      const mod = (await import(route.file)) as Partial<Record<Method, Handler>>;
      const methods = METHODS.filter((m) => typeof mod[m] === "function");
      expect(methods.length, `${route.pattern} exports no HTTP method`).toBeGreaterThan(0);
      const isAuth = route.pattern.startsWith("/api/auth");
      const dynamic = route.segments.filter((s) => s.startsWith("["));
      const paramsArb = fc.record(
        Object.fromEntries(dynamic.map((s) => { const name = s.replace(/^\[(\.\.\.)?|\]$/g, ""); return [name, paramArb(world, name)!]; })),
      ) as fc.Arbitrary<Record<string, string | string[]>>;
      const callers: CallerKind[] = isAuth
        ? ["anonymous", "bad-token", "auth-cookie"]
        : ["anonymous", "editor-token", "viewer-token", "bad-token", "editor-cookie", "cross-site-cookie", "admin-cookie", "disabled-cookie"];

      for (const method of methods) {
        const handler = mod[method]!;
        const hasBody = method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
        const noBody = fc.constant<FuzzBody>({ label: "no body" });
        const extraHeaders = fc.record(
          {
            "if-none-match": fc.constantFrom('"abc"', "*", "W/\"x\", \"y\"", ""),
            "if-modified-since": fc.constantFrom("Thu, 01 Jan 1970 00:00:00 GMT", "garbage", "Fri, 31 Dec 9999 23:59:59 GMT"),
            "x-forwarded-for": fc.constantFrom("203.0.113.9", "' OR 1=1", "::1", "unknown, 10.0.0.1"),
            accept: fc.constantFrom("*/*", "text/html", "application/json"),
          },
          { requiredKeys: [] },
        );
        let last = await tableChecksum(database);
        await checkProperty(
          fc.asyncProperty(paramsArb, queryArb, hasBody ? bodyArb(world) : noBody, fc.constantFrom(...callers), extraHeaders, async (params, query, body, caller, extra) => {
            const where = `${method} ${route.pattern} ${JSON.stringify(params).slice(0, 120)} ${body.label} as ${caller}`;
            counter.add(`${method} ${route.pattern}`);
            let urlPath = route.pattern;
            for (const [name, value] of Object.entries(params)) {
              const encoded = Array.isArray(value) ? value.map(encode).join("/") : encode(value);
              urlPath = urlPath.replace(new RegExp(`\\[(\\.\\.\\.)?${name}\\]`), encoded);
            }
            const headers = new Headers({ ...extra, ...callerHeaders(caller) });
            if (body.contentType !== undefined && body.body !== undefined) headers.set("content-type", body.contentType);
            const request = new Request(`${ORIGIN}${urlPath}${toSearch(query)}`, { method, headers, body: hasBody ? (body.body ?? null) : null });

            const before = last;
            const response = await handler(request, { params: Promise.resolve(params) });
            const text = await response.text();
            const after = (last = await tableChecksum(database));
            expect(response.status, `${where}: ${text.slice(0, 300)}`).toBeLessThan(500);
            expect(response.status, where).toBeGreaterThanOrEqual(100);
            expectNoLeak(text, where);
            if (response.status >= 400 && !isAuth) expectErrorShape(response.status, text, where);
            const readOnly = method === "GET" || method === "HEAD" || method === "OPTIONS";
            if (response.status >= 400 || (readOnly && !isAuth)) {
              expect(after === before, `${where}: answered ${response.status} but wrote`).toBe(true);
            }
          }),
          // 405 and OPTIONS answers from lib/api/methods.ts are fixed: a few runs prove them (the 405 test covers each).
          isGeneratedMethod(handler) ? Math.min(15, fuzzRuns(BASE_RUNS[method])) : fuzzRuns(BASE_RUNS[method]),
        );
      }
    }, 600_000);
  }
});
