import Ajv from "ajv";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, setTestDatabase } from "@/db/client";
import { createTestDatabase, testEngine } from "@/db/testing";
import cslSchema from "@/lib/export/csl-data.schema.json";
import { BOM, csvCell, type CsvValue } from "@/lib/export/csv";
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
import { call, expectBadParameter, expectNotFound } from "./call";
import { buildWorld } from "./world";

type Handler = (request: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>;
const get = (handler: Handler, path: string, headers?: HeadersInit) => call(handler, path, { headers });

/** The CSV read back with papaparse, and the JSON export's rows as the CSV writes them: they must be equal. */
async function csvAndJson(csvHandler: Handler, jsonHandler: Handler, query: string) {
  const csvResponse = await get(csvHandler, `/x?${query}`);
  expect(csvResponse.status).toBe(200);
  expect(csvResponse.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(csvResponse.headers.get("content-disposition")).toMatch(/^attachment; filename="tracker-.*\.csv"$/);
  // Response.text() would drop the byte-order mark: check the bytes.
  const bytes = new Uint8Array(await csvResponse.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const body = (await (await get(jsonHandler, `/x?${query}`)).json()) as { data: Record<string, CsvValue>[]; total: number };
  const asCsv = body.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(csvCell(v))])));
  expect(parsed.data).toEqual(asCsv);
  expect(body.total).toBe(body.data.length);
  return body.data;
}

describe(`exports on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    setTestDatabase(database);
    await buildWorld(database.db);
  });
  afterAll(async () => {
    setTestDatabase(undefined);
    await database?.close();
  });

  it("initiatives.csv parsed back equals initiatives.json, for any view", async () => {
    const all = await csvAndJson(initiativesCsv.GET, initiativesJson.GET, "");
    expect(all.map((r) => r.slug).sort()).toEqual(["world-ai-centre", "world-cable"]);
    const ai = await csvAndJson(initiativesCsv.GET, initiativesJson.GET, "domain=ai&country=TH");
    expect(ai).toEqual([
      expect.objectContaining({ slug: "world-ai-centre", status: "operational", domains: ["ai"], countries: ["CN", "TH"], actors: ["World Ministry of Digital Economy"], url: "http://localhost:3000/initiatives/world-ai-centre" }),
    ]);
    const then = await csvAndJson(initiativesCsv.GET, initiativesJson.GET, "asOf=2024-12-31&sort=name");
    expect(then).toEqual([expect.objectContaining({ slug: "world-ai-centre", status: "proposed", evidenceCount: 2, url: "http://localhost:3000/initiatives/world-ai-centre?asOf=2024-12-31" })]);
  });

  it("milestones.csv parsed back equals milestones.json, one row per citing source", async () => {
    const rows = await csvAndJson(milestonesCsv.GET, milestonesJson.GET, "domain=ai");
    expect(rows.map((r) => r.description)).toEqual(["Announced in Bangkok", "First training course", "Opened"]);
    expect(rows[0]).toMatchObject({ quote: "announced in Bangkok on 15 January 2024", sourceTitle: "AI centre announced", sourcePublished: "2024-02-10" });
    const then = await csvAndJson(milestonesCsv.GET, milestonesJson.GET, "asOf=2024-12-31");
    expect(then.map((r) => r.description)).toEqual(["Announced in Bangkok", "First training course"]);
  });

  it("answers 304 to a current ETag", async () => {
    const first = await get(initiativesCsv.GET, "/x?domain=ai");
    const again = await get(initiativesCsv.GET, "/x?domain=ai", { "If-None-Match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it.each([
    ["page=2", "page"],
    ["pageSize=10", "pageSize"],
    ["domain=quantum", "domain"],
    ["asOf=2024-12", "asOf"],
    ["format=xlsx", "format"],
  ])("rejects %s", async (query, parameter) => {
    await expectBadParameter(await get(initiativesCsv.GET, `/x?${query}`), parameter);
    await expectBadParameter(await get(milestonesJson.GET, `/x?${query}`), parameter);
  });

  it("exports a view's sources as CSL-JSON that validates against the CSL schema, and as BibTeX and RIS", async () => {
    const validate = new Ajv({ strict: false }).compile(cslSchema);
    const response = await get(sourcesCsl.GET, "/x");
    expect(response.headers.get("content-type")).toBe("application/vnd.citationstyles.csl+json");
    const items = (await response.json()) as { id: string; title: string }[];
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items.map((i) => i.title).sort()).toEqual(["AI centre announced", "AI centre opens; cable deal signed", "Ministry fact sheet"]);

    const then = (await (await get(sourcesCsl.GET, "/x?asOf=2024-12-31")).json()) as { title: string }[];
    expect(then.map((i) => i.title).sort()).toEqual(["AI centre announced", "Ministry fact sheet"]);

    const bib = await (await get(sourcesBib.GET, "/x?domain=submarine-cables")).text();
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(1);
    expect(bib).toContain("@article{bangkok2025-");
    expect(bib).toMatch(/journal += \{Bangkok Post\}/);
    const ris = await (await get(sourcesRis.GET, "/x")).text();
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(3);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(3);
  });

  it("exports one initiative's sources, as of a date", async () => {
    const items = (await (await get(sourcesCsl.GET, "/x?initiative=world-ai-centre&asOf=2024-12-31")).json()) as { title: string }[];
    expect(items.map((i) => i.title).sort()).toEqual(["AI centre announced", "Ministry fact sheet"]);
    await expectNotFound(await get(sourcesBib.GET, "/x?initiative=no-such-thing"));
    await expectBadParameter(await get(sourcesRis.GET, "/x?initiative=world-ai-centre&domain=ai"), "domain");
    await expectBadParameter(await get(sourcesRis.GET, "/x?initiative=Not%20a%20slug"), "initiative");
  });

  it("cites an initiative page with permalink, version and access date in every format", async () => {
    const validate = new Ajv({ strict: false }).compile(cslSchema);
    const items = (await (await get(citationCsl.GET, "/x?initiative=world-ai-centre")).json()) as Record<string, unknown>[];
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    const today = new Date().toISOString().slice(0, 10).split("-").map(Number);
    expect(items[0]).toMatchObject({ type: "webpage", title: "World China-ASEAN AI Centre", URL: "http://localhost:3000/initiatives/world-ai-centre", version: "1", accessed: { "date-parts": [today] } });
    const pinned = (await (await get(citationCsl.GET, "/x?initiative=world-ai-centre&asOf=2024-12-31")).json()) as Record<string, unknown>[];
    expect(pinned[0]).toMatchObject({ URL: "http://localhost:3000/initiatives/world-ai-centre?asOf=2024-12-31", issued: { "date-parts": [[2024, 12, 31]] } });
    expect(await (await get(citationBib.GET, "/x?initiative=world-ai-centre")).text()).toMatch(/^@misc\{tracker-world-ai-centre,\n/);
    expect(await (await get(citationRis.GET, "/x?initiative=world-ai-centre")).text()).toMatch(/^TY {2}- ELEC\r\n/);
    await expectBadParameter(await get(citationRis.GET, "/x"), "initiative");
    await expectNotFound(await get(citationBib.GET, "/x?initiative=world-cable&asOf=2024-01-01"));
  });
});
