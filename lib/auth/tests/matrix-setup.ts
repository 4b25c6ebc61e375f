// Setup shared by the authorization suites (authorization-matrix here, authorization-coverage in lib/security):
// server actions run with the headers of a chosen caller, and route handlers are found on disk.
// Import it before anything that imports an action: its mocks must be registered before next/headers is loaded.
import fs from "node:fs";
import path from "node:path";
import { vi } from "vitest";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { callerHeaders } from "./harness";
import type { ActionInvoker } from "./mutation-cases";

const request = vi.hoisted(() => ({ headers: new Headers() }));
class RedirectSignal extends Error {}
vi.mock("next/headers", () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
}));

/** Calls a server action as `caller` and answers the HTTP status its REST twin would (a redirect counts as 200). */
export const invokeAction: ActionInvoker = async (caller, action, fd) => {
  request.headers = new Headers(callerHeaders(caller));
  try {
    const state = await action({ status: "idle" }, fd);
    if (state.status === "success") return 200;
    if (state.status === "conflict") return 409;
    if (state.status === "error") return ERROR_STATUS[(state.code ?? "internal") as ErrorCode] ?? 500;
    return 500;
  } catch (error) {
    if (error instanceof RedirectSignal) return 200;
    throw error;
  }
};

export const ROOT = process.cwd();

export function walk(dir: string, match: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(full, match);
    return match(full) ? [full] : [];
  });
}

const MUTATING = ["POST", "PUT", "PATCH", "DELETE"];

/** "POST /api/v1/initiatives"-style ids of every route.ts below `dir` that exports a mutating method. */
export function mutatingRoutesOnDisk(dir: string): string[] {
  return walk(dir, (f) => f.endsWith(`${path.sep}route.ts`)).flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    const route = path
      .relative(path.join(ROOT, "app"), path.dirname(file))
      .split(path.sep)
      .filter((part) => !/^\(.*\)$/.test(part))
      .join("/");
    return MUTATING.filter((m) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b|export\\s*\\{[^}]*\\b${m}\\b[^}]*\\}`).test(source)).map((m) => `${m} /${route}`);
  });
}
