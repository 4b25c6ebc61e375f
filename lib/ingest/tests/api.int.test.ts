// The REST contract: POST /api/v1/extract answers the engine's output (every evidence at its offsets), stores
// nothing and enforces its limits; POST /api/v1/sources stores an article (201) or points to the one already
// stored (200, created: false) and is for editors only.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, sources, suggestions } from "@/db/schema";
import { testEngine } from "@/db/testing";
import { type Caller, closeEditorialTestDatabase, createSignedInUser, jsonRequest, openEditorialTestDatabase, ORIGIN, params, type TestUser } from "@/lib/auth/tests/harness";
import { rateLimitBucketFor } from "@/lib/security/rate-limit";
import { MAX_ARTICLE_CHARS } from "../limits";
import { addCatalog, AI_CENTRE, en01, uniqueUrl, zh01 } from "./world";

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

// Route handlers are loaded the way Next.js loads them (lib/ does not import app/ statically).
type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
const { POST: extract } = (await import("@/app/api/v1/extract/route")) as unknown as { POST: Handler };
const { POST: addSource } = (await import("@/app/api/v1/sources/route")) as unknown as { POST: Handler };

type Ev = { quote: string; start: number; end: number };
type Extraction = {
  language: string;
  countries: { code: string; evidence: Ev[] }[];
  domains: { slug: string; confidence: number; evidence: Ev[] }[];
  initiatives: { slug: string | null; name: string; confidence: number; evidence: Ev[] }[];
  actors: { slug: string | null; name: string; confidence: number; evidence: Ev[] }[];
  events: { date: string; precision: string; resolved: boolean; text: string; evidence: Ev[] }[];
};

describe(`ingestion API on ${testEngine()}`, () => {
  let database: Database;
  let editor: TestUser;
  let viewer: TestUser;
  const anonymous: Caller = { kind: "anonymous" };
  const post = (body: unknown, caller: Caller = anonymous) => extract(jsonRequest("POST", "/api/v1/extract", body, caller));

  beforeAll(async () => {
    database = await openEditorialTestDatabase();
    await addCatalog(database.db);
    editor = await createSignedInUser(database, "editor");
    viewer = await createSignedInUser(database, "viewer");
  });
  afterAll(() => closeEditorialTestDatabase(database));

  it("POST /api/v1/extract answers the documented shape, anonymously, and stores nothing", async () => {
    const counts = async () => Promise.all([sources, suggestions, auditLog].map((t) => database.db.$count(t)));
    const before = await counts();
    const response = await post({ text: en01.text, title: en01.title, publishedOn: en01.publishedOn });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Extraction;
    expect(Object.keys(body).sort()).toEqual(["actors", "countries", "domains", "events", "initiatives", "language"]);
    expect(body.language).toBe("en");
    const all = [...body.countries, ...body.domains, ...body.initiatives, ...body.actors, ...body.events].flatMap((x) => x.evidence);
    expect(all.length).toBeGreaterThan(10);
    for (const e of all) expect(en01.text.slice(e.start, e.end)).toBe(e.quote);
    expect(body.initiatives.find((i) => i.slug === AI_CENTRE)).toMatchObject({ name: "China-ASEAN AI Innovation Cooperation Center" });
    expect(body.domains.find((d) => d.slug === "ai")!.confidence).toBeGreaterThan(0.5);
    expect(body.events).toContainEqual(expect.objectContaining({ date: "2025-09-17", precision: "day", resolved: true }));
    expect(body.events).toContainEqual(expect.objectContaining({ date: "2026-09", precision: "month", resolved: false }));
    expect(await counts()).toEqual(before);
  });

  it("detects Chinese and resolves year-less dates against publishedOn; honours a given language", async () => {
    const zh = (await (await post({ text: zh01.text, publishedOn: zh01.publishedOn })).json()) as Extraction;
    expect(zh.language).toBe("zh");
    expect(zh.events).toContainEqual(expect.objectContaining({ date: "2025-06-12", precision: "day", resolved: true }));
    const given = (await (await post({ text: en01.text, language: "DE" })).json()) as Extraction;
    expect(given.language).toBe("de");
  });

  it("refuses bad input with the error shape: missing or oversized text, bad dates, wrong content type, oversized body", async () => {
    const missing = await post({ title: "No text" });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { code: string; details: { fieldErrors: Record<string, string[]> } } }).error.details.fieldErrors.text).toBeDefined();
    const long = await post({ text: "x".repeat(MAX_ARTICLE_CHARS + 1) });
    expect(long.status).toBe(400);
    expect(JSON.stringify(await long.json())).toContain("longer than 200,000 characters");
    expect((await post({ text: "Hello", publishedOn: "2025-02-30" })).status).toBe(400);
    expect((await post({ text: "Hello", language: "english" })).status).toBe(400);
    const wrongType = await extract(new Request(`${ORIGIN}/api/v1/extract`, { method: "POST", headers: { "content-type": "text/plain" }, body: "China and Laos" }));
    expect(wrongType.status).toBe(415);
    const huge = await extract(new Request(`${ORIGIN}/api/v1/extract`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "字".repeat(400_000) }) }));
    expect(huge.status).toBe(413);
  });

  it("is rate-limited per client by the proxy (the extract bucket)", () => {
    expect(rateLimitBucketFor("POST", "/api/v1/extract")).toBe("extract");
  });

  it("POST /api/v1/sources: 201 for a new article, 200 pointing to the stored one for the same URL or text", async () => {
    const url = uniqueUrl();
    const body = { title: en01.title, publisher: "Xinhua", url, publishedOn: en01.publishedOn, sourceType: "state-media", text: `${en01.text}\nAPI test.` };
    const created = await addSource(jsonRequest("POST", "/api/v1/sources", body, { kind: "cookie", user: editor }), params({}));
    expect(created.status).toBe(201);
    const first = (await created.json()) as { created: boolean; suggestions: number; data: { id: number; language: string; href: string; reviewUrl: string } };
    expect(first).toMatchObject({ created: true, data: { language: "en", reviewUrl: `/review/${first.data.id}` } });
    expect(first.suggestions).toBeGreaterThan(5);
    expect(created.headers.get("location")).toBe(first.data.href);

    const sameUrl = await addSource(jsonRequest("POST", "/api/v1/sources", { ...body, text: `${body.text} Changed.` }, { kind: "cookie", user: editor }), params({}));
    expect(sameUrl.status).toBe(200);
    expect(await sameUrl.json()).toMatchObject({ created: false, matchedBy: "url", data: { id: first.data.id } });
    const sameText = await addSource(jsonRequest("POST", "/api/v1/sources", { ...body, url: uniqueUrl() }, { kind: "cookie", user: editor }), params({}));
    expect(await sameText.json()).toMatchObject({ created: false, matchedBy: "text", data: { id: first.data.id } });
  });

  it("POST /api/v1/sources is for editors, and lists every invalid field", async () => {
    const body = { title: "T", publisher: "", text: "short", sourceType: "blog" };
    expect((await addSource(jsonRequest("POST", "/api/v1/sources", body, anonymous), params({}))).status).toBe(401);
    expect((await addSource(jsonRequest("POST", "/api/v1/sources", body, { kind: "cookie", user: viewer }), params({}))).status).toBe(403);
    const invalid = await addSource(jsonRequest("POST", "/api/v1/sources", body, { kind: "cookie", user: editor }), params({}));
    expect(invalid.status).toBe(400);
    const { error } = (await invalid.json()) as { error: { details: { fieldErrors: Record<string, string[]> } } };
    expect(Object.keys(error.details.fieldErrors).sort()).toEqual(["publisher", "sourceType", "text", "title"]);
  });
});
