import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, setTestDatabase } from "@/db/client";
import { createTestDatabase, testEngine } from "@/db/testing";
import * as actorsRoute from "../actors/route";
import * as countriesRoute from "../countries/route";
import * as domainsRoute from "../domains/route";
import * as detailRoute from "../initiatives/[slug]/route";
import * as listRoute from "../initiatives/route";
import * as sourceRoute from "../sources/[id]/route";
import * as sourcesRoute from "../sources/route";
import * as statsRoute from "../stats/route";
import { call, expectBadParameter, expectNotFound } from "./call";
import { buildWorld, type World } from "./world";

type List = { data: { slug: string; status: string }[]; total: number; page: number; pageSize: number; facets: Record<string, unknown> };

describe(`REST API v1 reads on ${testEngine()}`, () => {
  let database: Database;
  let world: World;
  beforeAll(async () => {
    database = await createTestDatabase();
    setTestDatabase(database);
    world = await buildWorld(database.db);
  });
  afterAll(async () => {
    setTestDatabase(undefined);
    await database?.close();
  });

  describe("GET /api/v1/initiatives", () => {
    it("lists with filters, totals and facets, and read headers", async () => {
      const response = await call(listRoute.GET, "/api/v1/initiatives?domain=ai");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cache-control")).toContain("max-age");
      expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
      expect(Date.parse(response.headers.get("last-modified") ?? "")).not.toBeNaN();
      const body = (await response.json()) as List;
      expect(body.data.map((i) => i.slug)).toEqual(["world-ai-centre"]);
      expect(body).toMatchObject({ total: 1, page: 1, pageSize: 25 });
      expect(Object.keys(body.facets).sort()).toEqual(["actor", "country", "domain", "sourceType", "stalled", "status"]);
    });

    it("takes every list parameter, repeated and comma-separated values", async () => {
      const query =
        "q=cable&domain=submarine-cables,ai&country=vn&country=TH&status=agreed&actor=world-ministry&sourceType=independent-press" +
        "&from=2024&to=2025-Q4&stalled=false&sort=name&page=1&pageSize=10&asOf=2025-12-31";
      const response = await call(listRoute.GET, `/api/v1/initiatives?${query}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as List;
      expect(body.pageSize).toBe(10);
    });

    it("answers 304 to a matching If-None-Match, and 200 to a stale one", async () => {
      const first = await call(listRoute.GET, "/api/v1/initiatives");
      const etag = first.headers.get("etag")!;
      const again = await call(listRoute.GET, "/api/v1/initiatives", { headers: { "If-None-Match": `W/"x", ${etag}` } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      const stale = await call(listRoute.GET, "/api/v1/initiatives", { headers: { "If-None-Match": '"stale"' } });
      expect(stale.status).toBe(200);
      const since = await call(listRoute.GET, "/api/v1/initiatives", { headers: { "If-Modified-Since": first.headers.get("last-modified")! } });
      expect(since.status).toBe(304);
    });

    it.each([
      ["foo=1", "foo"],
      ["domain=quantum", "domain"],
      ["country=DE", "country"],
      ["status=finished", "status"],
      ["sourceType=blog", "sourceType"],
      ["actor=Not_A_Slug", "actor"],
      ["from=2024-13", "from"],
      ["to=yesterday", "to"],
      ["stalled=maybe", "stalled"],
      ["sort=random", "sort"],
      ["page=0", "page"],
      ["page=abc", "page"],
      ["pageSize=101", "pageSize"],
      ["asOf=2024-02-30", "asOf"],
      ["asOf=2024", "asOf"],
      ["sort=name&sort=name", "sort"],
      [`q=${"x".repeat(201)}`, "q"],
    ])("rejects %s with a 400 naming %s", async (query, parameter) => {
      await expectBadParameter(await call(listRoute.GET, `/api/v1/initiatives?${query}`), parameter);
    });

    it("answers the CORS preflight", async () => {
      const response = listRoute.OPTIONS();
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-methods")).toContain("GET");
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    });

    it("replays statuses and hides initiatives not yet announced as of a date", async () => {
      const response = await call(listRoute.GET, "/api/v1/initiatives?asOf=2024-12-31");
      const body = (await response.json()) as List;
      expect(body.data).toEqual([expect.objectContaining({ slug: "world-ai-centre", status: "proposed" })]);
    });
  });

  describe("GET /api/v1/initiatives/{slug}", () => {
    it("returns version, milestones, status history and citations with quote and source", async () => {
      const response = await call(detailRoute.GET, "/api/v1/initiatives/world-ai-centre", { params: { slug: "world-ai-centre" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBeTruthy();
      const body = await response.json();
      expect(body).toMatchObject({ slug: "world-ai-centre", status: "operational", version: 1 });
      expect(body.milestones.map((m: { description: string }) => m.description)).toEqual(["Announced in Bangkok", "First training course", "Opened"]);
      expect(body.statusHistory.map((s: { to: string }) => s.to)).toEqual(["proposed", "operational"]);
      expect(body.milestones[0].citations[0]).toMatchObject({ quote: "announced in Bangkok on 15 January 2024", source: { title: "AI centre announced", publisher: "Xinhua" } });
      expect(body.sources).toHaveLength(3);
    });

    it("shows the initiative as it stood on a past date", async () => {
      const response = await call(detailRoute.GET, "/api/v1/initiatives/world-ai-centre?asOf=2024-12-31", { params: { slug: "world-ai-centre" } });
      const body = await response.json();
      expect(body.status).toBe("proposed");
      expect(body.statusHistory).toHaveLength(1);
      expect(body.milestones.map((m: { description: string }) => m.description)).toEqual(["Announced in Bangkok", "First training course"]);
      expect(body.sources.map((s: { title: string }) => s.title).sort()).toEqual(["AI centre announced", "Ministry fact sheet"]);
    });

    it("is a 404 for unknown slugs, malformed slugs and initiatives not yet announced", async () => {
      await expectNotFound(await call(detailRoute.GET, "/api/v1/initiatives/nope", { params: { slug: "nope" } }));
      await expectNotFound(await call(detailRoute.GET, "/api/v1/initiatives/Bad%20Slug", { params: { slug: "Bad Slug" } }));
      await expectNotFound(await call(detailRoute.GET, "/api/v1/initiatives/world-cable?asOf=2024-06-01", { params: { slug: "world-cable" } }));
    });

    it("rejects bad and unknown parameters", async () => {
      const params = { slug: "world-ai-centre" };
      await expectBadParameter(await call(detailRoute.GET, "/api/v1/initiatives/world-ai-centre?asOf=soon", { params }), "asOf");
      await expectBadParameter(await call(detailRoute.GET, "/api/v1/initiatives/world-ai-centre?include=all", { params }), "include");
      await expectBadParameter(await call(detailRoute.GET, "/api/v1/initiatives/world-ai-centre?asOf=2024-01-01&asOf=2025-01-01", { params }), "asOf");
    });
  });

  describe("GET /api/v1/sources and /api/v1/sources/{id}", () => {
    it("lists sources with filters, and only those published by asOf", async () => {
      const all = await (await call(sourcesRoute.GET, "/api/v1/sources")).json();
      expect(all.total).toBe(3);
      const then = await (await call(sourcesRoute.GET, "/api/v1/sources?asOf=2024-12-31")).json();
      expect(then.data.map((s: { title: string }) => s.title)).toEqual(["AI centre announced"]);
      const typed = await (await call(sourcesRoute.GET, "/api/v1/sources?sourceType=state-media&to=2030")).json();
      expect(typed.total).toBe(1);
    });

    it.each([
      ["sourceType=blog", "sourceType"],
      ["asOf=2024-1-1", "asOf"],
      ["hasText=perhaps", "hasText"],
      ["pageSize=1000", "pageSize"],
      ["bogus=1", "bogus"],
    ])("rejects %s", async (query, parameter) => {
      await expectBadParameter(await call(sourcesRoute.GET, `/api/v1/sources?${query}`), parameter);
    });

    it("returns one source with its citations; 404 for unknown, malformed or not-yet-published ids", async () => {
      const id = String(world.early.id);
      const response = await call(sourceRoute.GET, `/api/v1/sources/${id}`, { params: { id } });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({ title: "AI centre announced", fullText: expect.stringContaining("Bangkok") });
      expect(body.citations.length).toBeGreaterThan(0);
      await expectNotFound(await call(sourceRoute.GET, "/api/v1/sources/999999", { params: { id: "999999" } }));
      await expectNotFound(await call(sourceRoute.GET, "/api/v1/sources/abc", { params: { id: "abc" } }));
      const late = String(world.late.id);
      await expectNotFound(await call(sourceRoute.GET, `/api/v1/sources/${late}?asOf=2024-12-31`, { params: { id: late } }));
      await expectBadParameter(await call(sourceRoute.GET, `/api/v1/sources/${id}?x=1`, { params: { id } }), "x");
    });
  });

  describe("reference lists", () => {
    it("lists domains, countries and actors with initiative counts, as of a date", async () => {
      const domains = await (await call(domainsRoute.GET, "/api/v1/domains")).json();
      expect(domains.data).toHaveLength(14);
      expect(domains.data.find((d: { slug: string }) => d.slug === "submarine-cables").initiativeCount).toBe(1);
      const domainsThen = await (await call(domainsRoute.GET, "/api/v1/domains?asOf=2024-12-31")).json();
      expect(domainsThen.data.find((d: { slug: string }) => d.slug === "submarine-cables").initiativeCount).toBe(0);

      const countries = await (await call(countriesRoute.GET, "/api/v1/countries")).json();
      expect(countries.data).toHaveLength(12);
      expect(countries.data.find((c: { code: string }) => c.code === "TH")).toMatchObject({ nameEn: "Thailand", isAsean: true, initiativeCount: 1 });

      const actors = await (await call(actorsRoute.GET, "/api/v1/actors")).json();
      expect(actors.data).toEqual([expect.objectContaining({ slug: "world-ministry", kind: "ministry", countryCode: "TH", initiativeCount: 1 })]);
    });

    it("rejects bad parameters", async () => {
      await expectBadParameter(await call(domainsRoute.GET, "/api/v1/domains?asOf=tomorrow"), "asOf");
      await expectBadParameter(await call(countriesRoute.GET, "/api/v1/countries?lang=zh"), "lang");
      await expectBadParameter(await call(actorsRoute.GET, "/api/v1/actors?page=2"), "page");
    });
  });

  describe("GET /api/v1/stats", () => {
    it("aggregates under the list's filters and asOf", async () => {
      const stats = await (await call(statsRoute.GET, "/api/v1/stats")).json();
      expect(stats.headline.initiatives).toBe(2);
      expect(stats.byStatus.find((s: { status: string }) => s.status === "operational").count).toBe(1);
      const then = await (await call(statsRoute.GET, "/api/v1/stats?asOf=2024-12-31&domain=ai")).json();
      expect(then.headline.initiatives).toBe(1);
      expect(then.byStatus.find((s: { status: string }) => s.status === "proposed").count).toBe(1);
    });

    it("rejects parameters it does not take", async () => {
      await expectBadParameter(await call(statsRoute.GET, "/api/v1/stats?page=2"), "page");
      await expectBadParameter(await call(statsRoute.GET, "/api/v1/stats?status=done"), "status");
    });
  });
});
