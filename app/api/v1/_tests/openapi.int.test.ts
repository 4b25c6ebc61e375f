import fs from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { OpenAPIV3_1 } from "openapi-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, setTestDatabase } from "@/db/client";
import { createTestDatabase, testEngine } from "@/db/testing";
import * as openapiRoute from "@/app/api/openapi.json/route";
import * as viewFeed from "@/app/feed.xml/route";
import * as initiativeFeed from "@/app/initiatives/[slug]/feed.xml/route";
import * as actors from "../actors/route";
import * as countries from "../countries/route";
import * as dataset from "../dataset.json/route";
import * as domains from "../domains/route";
import * as citationBib from "../export/citation.bib/route";
import * as citationCsl from "../export/citation.csl.json/route";
import * as citationRis from "../export/citation.ris/route";
import * as initiativesCsv from "../export/initiatives.csv/route";
import * as initiativesJson from "../export/initiatives.json/route";
import * as milestonesCsv from "../export/milestones.csv/route";
import * as milestonesJson from "../export/milestones.json/route";
import * as sourcesBib from "../export/sources.bib/route";
import * as sourcesCsl from "../export/sources.csl.json/route";
import * as sourcesRis from "../export/sources.ris/route";
import * as initiative from "../initiatives/[slug]/route";
import * as initiativesList from "../initiatives/route";
import * as source from "../sources/[id]/route";
import * as sources from "../sources/route";
import * as stats from "../stats/route";
import * as timeline from "../stats/timeline/route";
import { call } from "./call";
import { buildWorld, type World } from "./world";

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

const HANDLERS: Record<string, Handler> = {
  "/api/v1/initiatives": initiativesList.GET,
  "/api/v1/initiatives/{slug}": initiative.GET,
  "/api/v1/sources": sources.GET,
  "/api/v1/sources/{id}": source.GET,
  "/api/v1/domains": domains.GET,
  "/api/v1/countries": countries.GET,
  "/api/v1/actors": actors.GET,
  "/api/v1/stats": stats.GET,
  "/api/v1/stats/timeline": timeline.GET,
  "/api/v1/dataset.json": dataset.GET,
  "/api/v1/export/initiatives.csv": initiativesCsv.GET,
  "/api/v1/export/initiatives.json": initiativesJson.GET,
  "/api/v1/export/milestones.csv": milestonesCsv.GET,
  "/api/v1/export/milestones.json": milestonesJson.GET,
  "/api/v1/export/sources.csl.json": sourcesCsl.GET,
  "/api/v1/export/sources.bib": sourcesBib.GET,
  "/api/v1/export/sources.ris": sourcesRis.GET,
  "/api/v1/export/citation.csl.json": citationCsl.GET,
  "/api/v1/export/citation.bib": citationBib.GET,
  "/api/v1/export/citation.ris": citationRis.GET,
  "/feed.xml": viewFeed.GET,
  "/initiatives/{slug}/feed.xml": initiativeFeed.GET,
};

/** Public reads built with the shared read helper that are not part of the documented API. */
const UNDOCUMENTED = ["/api/openapi.json"];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe(`OpenAPI document on ${testEngine()}`, () => {
  let database: Database;
  let world: World;
  let doc: OpenAPIV3_1.Document;
  beforeAll(async () => {
    database = await createTestDatabase();
    setTestDatabase(database);
    world = await buildWorld(database.db);
    const response = await openapiRoute.GET(new Request("http://localhost/api/openapi.json"));
    expect(response.status).toBe(200);
    doc = (await response.json()) as OpenAPIV3_1.Document;
  });
  afterAll(async () => {
    setTestDatabase(undefined);
    await database?.close();
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    await SwaggerParser.validate(structuredClone(doc) as never);
    expect(doc.components?.securitySchemes?.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.paths?.["/api/v1/initiatives"]?.post?.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths?.["/api/v1/initiatives/{slug}/status-changes"]?.post?.requestBody).toBeDefined();
  });

  it("documents every public read the app serves (every GET built with readHandler), and nothing it does not", () => {
    const served = routeFiles(path.join(process.cwd(), "app"))
      .filter((file) => /export const GET = readHandler\b/.test(fs.readFileSync(file, "utf8")))
      .map((file) => {
        const route = path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
        return `/${route.join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}");
      })
      .filter((p) => !UNDOCUMENTED.includes(p))
      .sort();
    const documented = Object.entries(doc.paths ?? {}).filter(([, item]) => item?.get && !item.get.security?.length).map(([p]) => p).sort();
    expect(documented).toEqual(served);
    expect(Object.keys(HANDLERS).sort()).toEqual(documented);
  });

  it("every documented GET endpoint answers as documented, and rejects unknown parameters", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // The citation formats need an initiative; everything else answers with no parameters at all.
    const example = (p: string) =>
      `${p.replace("{slug}", "world-ai-centre").replace("{id}", String(world.early.id))}${p.includes("/citation.") ? "?initiative=world-ai-centre" : ""}`;
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      const op = item?.get;
      if (!op || op.security?.length) continue; // reads that need a token are covered by their owners' tests
      const handler = HANDLERS[p]!;
      const params: Record<string, string> = p.includes("{slug}") ? { slug: "world-ai-centre" } : p.includes("{id}") ? { id: String(world.early.id) } : {};
      const url = example(p);
      const response = await call(handler as never, url, { params });
      expect(response.status, `${url}: ${response.status}`).toBe(200);
      expect(response.headers.get("etag"), url).toBeTruthy();
      const [contentType, media] = Object.entries((op.responses?.["200"] as OpenAPIV3_1.ResponseObject).content ?? {})[0]!;
      expect(response.headers.get("content-type"), url).toBe(contentType === "application/json" ? "application/json; charset=utf-8" : contentType);
      if (contentType === "application/json" || contentType.endsWith("+json")) {
        const validate = ajv.compile({ ...(media.schema as object), components: doc.components });
        const body: unknown = await response.json();
        expect(validate(body), `${url}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
        if ("$ref" in (media.schema as object)) expect(validate({ unexpected: true }), `${url}: the schema must not accept anything`).toBe(false);
      }
      const bad = await call(handler as never, `${url}${url.includes("?") ? "&" : "?"}undocumented=1`, { params });
      expect(bad.status, `${url} with an unknown parameter`).toBe(400);
    }
  });
});
