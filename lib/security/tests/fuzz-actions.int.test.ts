// Fuzz every server action: each "use server" module in lib/ and app/ found on disk is imported and every exported
// action is called with generated FormData (its own field names, read from its source, plus random ones; hostile
// strings, JSON, files) as each kind of caller. An action must never throw (other than its redirect on success),
// never answer "internal", never leak internals, and a refused call must leave every table as it was.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { testEngine } from "@/db/testing";
import type { FormState } from "@/lib/auth/action";
import { ACTION_MUTATIONS } from "@/lib/auth/mutation-registry";
import {
  closeEditorialTestDatabase,
  createDisabledUser,
  createSignedInUser,
  EVIL_ORIGIN,
  openEditorialTestDatabase,
  ORIGIN,
  type TestUser,
} from "@/lib/auth/tests/harness";
import { ERROR_STATUS } from "@/lib/errors";
import {
  buildFuzzWorld,
  CaseCounter,
  checkProperty,
  citationsArb,
  expectNoLeak,
  type FuzzWorld,
  fuzzRuns,
  inputObject,
  jsonValue,
  nastyString,
  ROOT,
  spoiledInput,
  tableChecksum,
  walk,
} from "./fuzz-harness";

const request = vi.hoisted(() => ({ headers: new Headers() }));
class RedirectSignal extends Error {}
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new RedirectSignal("not-found");
  },
}));

const BASE_RUNS = 250;
type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type ActionModule = { file: string; names: string[]; fields: string[] };

function discoverActions(): ActionModule[] {
  const files = [...walk(path.join(ROOT, "lib"), (f) => /actions\.tsx?$/.test(f)), ...walk(path.join(ROOT, "app"), (f) => /actions\.tsx?$/.test(f))];
  return files.flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    if (!/^["']use server["']/m.test(source)) return [];
    const names = [...source.matchAll(/export\s+(?:const|async\s+function)\s+(\w+)/g)].map((m) => m[1]!);
    // The form fields an action reads: formText(fd, "x"), formJson(fd, "x"), fd.get("x"), formData.get("x").
    const fields = [...new Set([...source.matchAll(/(?:form\w+\(\s*\w+\s*,\s*|\.get\(\s*)["'](\w+)["']/g)].map((m) => m[1]!))];
    return [{ file, names, fields }];
  });
}

type CallerKind = "anonymous" | "viewer" | "editor" | "admin" | "disabled" | "cross-site" | "no-origin" | "sacrificial";

function formValue(world: FuzzWorld) {
  return fc.oneof(
    { weight: 4, arbitrary: nastyString },
    { weight: 2, arbitrary: inputObject(world).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: spoiledInput(world) },
    { weight: 1, arbitrary: citationsArb(world).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: jsonValue(world).map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.integer({ min: -2, max: 6 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom(...world.slugs, ...world.sourceIds.map(String), "on", "true", "false") },
    { weight: 1, arbitrary: fc.constant("[".repeat(5000)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 32 }).map((b) => new Blob([new Uint8Array(b)], { type: "application/octet-stream" })) },
  );
}

describe(`fuzz: every server action on ${testEngine()}`, () => {
  let database: Database;
  let world: FuzzWorld;
  let users: Record<"viewer" | "editor" | "admin" | "disabled" | "sacrificial", TestUser>;
  const counter = new CaseCounter();
  const modules = discoverActions();

  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    world = await buildFuzzWorld(database);
    users = {
      viewer: await createSignedInUser(database, "viewer"),
      editor: await createSignedInUser(database, "editor"),
      admin: await createSignedInUser(database, "admin"),
      disabled: await createDisabledUser(database),
      sacrificial: await createSignedInUser(database, "viewer"),
    };
  });
  afterAll(async () => {
    console.log(counter.report("fuzz-actions"));
    await closeEditorialTestDatabase(database);
  });

  function headersFor(kind: CallerKind): Headers {
    const cookie = (user: TestUser) => ({ cookie: user.cookie, origin: ORIGIN, "x-forwarded-for": "203.0.113.7" });
    switch (kind) {
      case "anonymous":
        return new Headers({ origin: ORIGIN });
      case "cross-site":
        return new Headers({ cookie: users.editor.cookie, origin: EVIL_ORIGIN, "sec-fetch-site": "cross-site" });
      case "no-origin":
        return new Headers({ cookie: users.editor.cookie });
      default:
        return new Headers(cookie(users[kind]));
    }
  }

  it("finds the server actions on disk, all of them registered", () => {
    const names = modules.flatMap((m) => m.names);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => !(n in ACTION_MUTATIONS))).toEqual([]);
  });

  for (const mod of modules) {
    for (const name of mod.names) {
      it(`${name} (${path.relative(ROOT, mod.file)})`, async () => {
        const action = ((await import(mod.file)) as Record<string, Action>)[name]!;
        expect(typeof action).toBe("function");
        const isPublic = ACTION_MUTATIONS[name as keyof typeof ACTION_MUTATIONS] === "public";
        // Public actions (sign-in/out) act on the caller's own session: only the sacrificial user's is at stake.
        const callers: CallerKind[] = isPublic ? ["anonymous", "sacrificial"] : ["anonymous", "viewer", "editor", "admin", "disabled", "cross-site", "no-origin"];
        const fieldNames = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...(mod.fields.length ? mod.fields : ["payload"])) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
        const fields = fc.array(fc.tuple(fieldNames, formValue(world)), { maxLength: 8 });
        let last = await tableChecksum(database);

        await checkProperty(
          fc.asyncProperty(fields, fc.constantFrom(...callers), async (entries, caller) => {
            counter.add(name);
            const fd = new FormData();
            for (const [k, v] of entries) fd.append(k, v);
            const where = `${name} as ${caller} with ${entries.map(([k]) => k).join(",")}`;
            request.headers = headersFor(caller);

            const before = last;
            let state: FormState | "redirect";
            try {
              state = await action({ status: "idle" }, fd);
            } catch (error) {
              if (!(error instanceof RedirectSignal)) throw new Error(`${where}: threw ${String(error)}`);
              state = "redirect";
            }
            const after = (last = await tableChecksum(database));
            if (state === "redirect" || state.status === "success") return;
            expect(["error", "conflict", "idle"], where).toContain(state.status);
            if (state.status === "error") {
              expect(state.code, `${where}: ${state.message}`).not.toBe("internal");
              if (state.code !== undefined) expect(Object.keys(ERROR_STATUS), where).toContain(state.code);
            }
            expectNoLeak(JSON.stringify(state), where);
            expect(after === before, `${where}: refused (${JSON.stringify(state).slice(0, 200)}) but wrote`).toBe(true);
          }),
          fuzzRuns(BASE_RUNS),
        );
      }, 600_000);
    }
  }
});
