import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { addCitedMilestone, createActor, createInitiative, createSource, linkActor } from "@/db/factories";
import type { Source } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/initiatives/match";
import { parseSourceFiltersStrict } from "../filters";
import { locatePassages } from "../passages";
import { findSources, getSourceById } from "../queries";

const find = (db: Database["db"], qs: string) => findSources(db, parseSourceFiltersStrict(new URLSearchParams(qs)));
const titles = (list: Awaited<ReturnType<typeof find>>) => list.data.map((d) => d.title);

describe(`source archive queries on ${testEngine()}`, () => {
  let database: Database;
  let withText: Source;
  let milestoneId: number;
  let initiativeSlug: string;
  const text =
    "Vientiane, 12 May 2024 — The China-ASEAN AI cooperation centre opened today. Officials said a second phase would follow in 2026.";

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    withText = await createSource(db, {
      title: "AI centre opens in Vientiane",
      publisher: "Vientiane Times",
      publishedOn: "2024-05-12",
      language: "en",
      sourceType: "independent-press",
      fullText: text,
    });
    await createSource(db, {
      title: "Unterseekabel: China und ASEAN",
      publisher: "Deutsche Welle",
      publishedOn: "2025-02-01",
      publishedPrecision: "day",
      language: "de",
      sourceType: "independent-press",
      fullText: "China drängt auf einen asiatischen Unterseekabelverband.",
    });
    await createSource(db, {
      title: "中国—东盟信息港建设",
      publisher: "Xinhua, Nanning Bureau",
      publishedOn: "2023-09-01",
      publishedPrecision: "month",
      language: "zh",
      sourceType: "state-media",
      fullText: "中国—东盟信息港建设取得新进展，人工智能合作持续深化。",
    });
    await createSource(db, {
      title: "Ministry statement",
      publisher: "Ministry of Foreign Affairs",
      publishedOn: null,
      publishedPrecision: null,
      language: "en",
      sourceType: "official-china",
      fullText: null,
    });
    const initiative = await createInitiative(db, { name: "AI centre for the source test", source: withText, domains: ["ai"] });
    initiativeSlug = initiative.slug;
    ({ milestoneId } = await addCitedMilestone(db, {
      initiativeId: initiative.id,
      source: withText,
      description: "Centre opened",
      occurredOn: "2024-05-12",
      quote: "The China-ASEAN AI cooperation centre opened today.",
    }));
    const actor = await createActor(db, { name: "Lao Ministry of Technology", kind: "ministry", countryCode: "LA" });
    await linkActor(db, { initiativeId: initiative.id, actor, role: "lead", source: withText, quote: "Officials said" });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("lists newest first with citation counts, undated sources last", async () => {
    const list = await find(database.db, "");
    expect(list.total).toBe(4);
    expect(titles(list)).toEqual(["Unterseekabel: China und ASEAN", "AI centre opens in Vientiane", "中国—东盟信息港建设", "Ministry statement"]);
    const ai = list.data.find((d) => d.id === withText.id)!;
    expect(ai).toMatchObject({ hasText: true, initiativeCount: 1, published: { date: "2024-05-12", precision: "day" } });
    expect(ai.citationCount).toBe(4); // existence, status change, milestone, actor
  });

  it("filters by publisher (commas kept), language, type, date range and held text", async () => {
    expect(titles(await find(database.db, "publisher=Xinhua,%20Nanning%20Bureau"))).toEqual(["中国—东盟信息港建设"]);
    expect(titles(await find(database.db, "language=de"))).toEqual(["Unterseekabel: China und ASEAN"]);
    expect(titles(await find(database.db, "sourceType=state-media&sourceType=official-china"))).toEqual(["中国—东盟信息港建设", "Ministry statement"]);
    expect(titles(await find(database.db, "from=2024&to=2024-Q2"))).toEqual(["AI centre opens in Vientiane"]);
    expect((await find(database.db, "hasText=false")).total).toBe(1);
    expect((await find(database.db, "language=en&hasText=true")).total).toBe(1);
  });

  it("counts each facet under the other filters", async () => {
    const list = await find(database.db, "language=en&sourceType=independent-press");
    const counts = (key: "language" | "sourceType" | "publisher") => Object.fromEntries(list.facets[key].map((f) => [f.value, f.count]));
    // Language counts ignore language but respect the type filter; type counts ignore type but respect language.
    expect(counts("language")).toEqual({ en: 1, de: 1 });
    expect(counts("sourceType")).toMatchObject({ "independent-press": 1, "official-china": 1, "state-media": 0 });
    expect(counts("publisher")).toEqual({ "Vientiane Times": 1 });
    expect(list.facets.language.find((f) => f.value === "en")).toMatchObject({ selected: true, label: "English" });
  });

  it("searches the text in English, German and Chinese and highlights the passage", async () => {
    const en = await find(database.db, "q=cooperation%20centre");
    expect(titles(en)).toEqual(["AI centre opens in Vientiane"]);
    expect(en.data[0]?.snippet).toContain(`${HIGHLIGHT_START}centre${HIGHLIGHT_END}`);
    expect(titles(await find(database.db, "q=Unterseekabelverband"))).toEqual(["Unterseekabel: China und ASEAN"]);
    const zh = await find(database.db, `q=${encodeURIComponent("人工智能")}`);
    expect(titles(zh)).toEqual(["中国—东盟信息港建设"]);
    expect(zh.data[0]?.snippet).toContain(`${HIGHLIGHT_START}人工智能${HIGHLIGHT_END}`);
    expect(titles(await find(database.db, "q=Vientiane%20Times"))).toEqual(["AI centre opens in Vientiane"]);
  });

  it("pages and sorts by title", async () => {
    const page = await find(database.db, "sort=title&pageSize=2&page=2");
    expect(page.total).toBe(4);
    expect(titles(page)).toEqual(["Unterseekabel: China und ASEAN", "中国—东盟信息港建设"]);
  });

  it("returns a source with its text and every citation, each with the claim it supports and usable offsets", async () => {
    const detail = (await getSourceById(database.db, withText.id))!;
    expect(detail.fullText).toBe(text);
    expect(detail.citations.map((c) => c.claim.type).sort()).toEqual(["actor", "initiative", "milestone", "status-change"]);
    const milestone = detail.citations.find((c) => c.claim.type === "milestone")!;
    expect(milestone.claim.milestone).toMatchObject({ id: milestoneId, description: "Centre opened", date: { date: "2024-05-12", precision: "day" } });
    expect(milestone.claim.initiative.slug).toBe(initiativeSlug);
    expect(text.slice(milestone.quoteStart!, milestone.quoteEnd!)).toBe(milestone.quote);
    const actor = detail.citations.find((c) => c.claim.type === "actor")!;
    expect(actor.claim.actor).toMatchObject({ name: "Lao Ministry of Technology", role: "lead" });
    expect(detail.citations.find((c) => c.claim.type === "status-change")?.claim.statusChange?.to).toBe("proposed");
    expect(locatePassages(text, detail.citations).map((p) => text.slice(p.start, p.end))).toEqual([
      "The China-ASEAN AI cooperation centre opened today.",
      "Officials said",
    ]);
  });

  it("returns null for unknown or impossible ids", async () => {
    expect(await getSourceById(database.db, 987654)).toBeNull();
    expect(await getSourceById(database.db, -1)).toBeNull();
    expect(await getSourceById(database.db, Number.NaN)).toBeNull();
  });
});
