// Every route file answers every HTTP method: OPTIONS lists what it allows, and a method it does not implement is a
// 405 with the same list in Allow (RFC 9110 §15.5.6). A new route without `otherMethods` fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, HTTP_METHODS } from "@/lib/api/methods";

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

// The benchmark's prerendered reference: exporting any method besides GET would make Next.js render it per request
// (hasNonStaticMethods), which is what it exists to avoid; it is not part of the API.
const STATIC_ONLY = ["app/api/bench/ping/route.ts"];
const ROUTES = routeFiles(path.join(process.cwd(), "app")).filter((file) => !STATIC_ONLY.includes(path.relative(process.cwd(), file)));
type Module = Partial<Record<string, ((request: Request, context: unknown) => Promise<Response> | Response) | undefined>>;
const IMPLEMENTED = /^export (?:const|(?:async )?function) (GET|POST|PATCH|PUT|DELETE)\b/gm;

describe("405 with Allow, and OPTIONS, on every route", () => {
  it("finds the routes", () => expect(ROUTES.length).toBeGreaterThan(25));

  it.each(ROUTES.map((file) => [path.relative(process.cwd(), file), file]))("%s", async (_name, file) => {
    const implemented = [...fs.readFileSync(file, "utf8").matchAll(IMPLEMENTED)].map((m) => m[1]!);
    const allow = allowedMethods(implemented).join(", ");
    const route = (await import(file)) as Module;
    const request = (method: string) => new Request("http://localhost/x", { method });
    const options = await route.OPTIONS!(request("OPTIONS"), { params: Promise.resolve({}) });
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe(allow);
    for (const method of HTTP_METHODS.filter((m) => !allow.includes(m))) {
      const response = await route[method]!(request(method), { params: Promise.resolve({}) });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow"), method).toBe(allow);
    }
    // HEAD is Next.js's own answer from GET: the route must leave it to Next.js, never shadow it.
    if (implemented.includes("GET")) expect(route.HEAD).toBeUndefined();
  });
});
