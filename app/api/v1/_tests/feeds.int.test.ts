import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, setTestDatabase } from "@/db/client";
import { createTestDatabase, testEngine } from "@/db/testing";
import * as viewFeed from "@/app/feed.xml/route";
import * as initiativeFeed from "@/app/initiatives/[slug]/feed.xml/route";
import { call, expectBadParameter, expectNotFound } from "./call";
import { buildWorld, type World } from "./world";

type Link = { "@_rel": string; "@_href": string };
type Entry = { id: string; title: { "#text": string }; updated: string; published: string; link: Link[]; content: { "#text": string }; category: { "@_term": string } };
type Feed = { feed: { id: string; title: string; updated: string; link: Link[]; author: { name: string }; entry?: Entry[] } };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "entry" || name === "link" });

async function readFeed(response: Response): Promise<Feed["feed"]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = parser.parse(xml) as Feed;
  return parsed.feed;
}

describe(`Atom feeds on ${testEngine()}`, () => {
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

  it("has an entry for every status change and milestone, linking the page and the evidence", async () => {
    const feed = await readFeed(await call(viewFeed.GET, "/feed.xml"));
    expect(feed.author.name).toContain("Tracker");
    expect(feed.link.map((l) => l["@_rel"]).sort()).toEqual(["alternate", "self"]);
    const entries = feed.entry ?? [];
    // World: AI centre — 2 status changes, 3 milestones; cable — 1 status change.
    expect(entries).toHaveLength(6);
    expect(new Set(entries.map((e) => e.id)).size).toBe(6);
    const opening = entries.find((e) => e.id.endsWith(`#status-change-${world.statusChangeId}`))!;
    expect(opening.title["#text"]).toBe("World China-ASEAN AI Centre: Proposed → Operational");
    expect(opening.published).toBe("2025-05-20T00:00:00Z");
    expect(opening.link).toContainEqual(expect.objectContaining({ "@_rel": "alternate", "@_href": "http://localhost:3000/initiatives/world-ai-centre" }));
    expect(opening.link).toContainEqual(expect.objectContaining({ "@_rel": "related", "@_href": world.late.url }));
    expect(opening.content["#text"]).toContain(`<a href="${world.late.url}">AI centre opens; cable deal signed</a>`);
    const announced = entries.find((e) => e.title["#text"].endsWith("Announced in Bangkok"))!;
    expect(announced.content["#text"]).toContain("<blockquote>announced in Bangkok on 15 January 2024</blockquote>");
  });

  it("narrows by the list's filters and shows only what was known as of a date", async () => {
    const cable = await readFeed(await call(viewFeed.GET, "/feed.xml?domain=submarine-cables&country=VN"));
    expect(cable.entry?.map((e) => e.title["#text"])).toEqual(["World Mekong Cable: Agreed"]);
    expect(cable.title).toContain("domain: submarine-cables");
    expect(cable.id).toBe("http://localhost:3000/feed.xml?domain=submarine-cables&country=VN");
    const then = await readFeed(await call(viewFeed.GET, "/feed.xml?asOf=2024-12-31"));
    expect(then.entry?.map((e) => e.title["#text"]).sort()).toEqual([
      "World China-ASEAN AI Centre: Announced in Bangkok",
      "World China-ASEAN AI Centre: First training course",
      "World China-ASEAN AI Centre: Proposed",
    ]);
    const none = await readFeed(await call(viewFeed.GET, "/feed.xml?status=cancelled"));
    expect(none.entry).toBeUndefined();
    expect(none.updated).toBe("1970-01-01T00:00:00.000Z");
  });

  it("rejects bad and unknown parameters", async () => {
    await expectBadParameter(await call(viewFeed.GET, "/feed.xml?domain=quantum"), "domain");
    await expectBadParameter(await call(viewFeed.GET, "/feed.xml?page=2"), "page");
    await expectBadParameter(await call(viewFeed.GET, "/feed.xml?sort=name"), "sort");
  });

  it("has a feed per initiative", async () => {
    const feed = await readFeed(await call(initiativeFeed.GET, "/initiatives/world-ai-centre/feed.xml", { params: { slug: "world-ai-centre" } }));
    expect(feed.entry).toHaveLength(5);
    expect(feed.title).toContain("World China-ASEAN AI Centre");
    expect(feed.link).toContainEqual(expect.objectContaining({ "@_rel": "self", "@_href": "http://localhost:3000/initiatives/world-ai-centre/feed.xml" }));
    await expectNotFound(await call(initiativeFeed.GET, "/initiatives/nope/feed.xml", { params: { slug: "nope" } }));
    await expectBadParameter(await call(initiativeFeed.GET, "/initiatives/world-ai-centre/feed.xml?x=1", { params: { slug: "world-ai-centre" } }), "x");
  });
});
