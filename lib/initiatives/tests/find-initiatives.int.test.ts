import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, queryRows } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { createTestDatabase, testEngine } from "@/db/testing";
import { parseFiltersStrict } from "../filters";
import { HIGHLIGHT_START } from "../match";
import { findInitiatives } from "../queries";

const find = (db: Database["db"], qs: string) => findInitiatives(db, parseFiltersStrict(new URLSearchParams(qs)));
const slugs = (list: Awaited<ReturnType<typeof find>>) => list.data.map((d) => d.slug).sort();

describe(`findInitiatives on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const german = await createSource(db, {
      language: "de",
      title: "China und ASEAN",
      fullText: "China drängt auf die Gründung eines asiatischen Unterseekabelverbands sowie auf einen Partnerschaftsplan.",
    });
    await createInitiative(db, {
      slug: "cable-association",
      name: "Asian submarine cable association",
      status: "proposed",
      domains: ["submarine-cables"],
      countries: [{ code: "CN" }],
      aliases: [{ name: "asiatischer Unterseekabelverband", language: "de" }, { name: "亚洲海底光缆协会", language: "zh" }],
      source: german,
      firstAnnouncedOn: "2025-01-01",
    });
    await createInitiative(db, {
      slug: "ai-centre",
      name: "China-ASEAN AI Innovation Cooperation Center",
      status: "in-progress",
      domains: ["ai"],
      countries: [{ code: "CN" }, { code: "TH" }],
      aliases: [{ name: "中国—东盟人工智能创新合作中心", language: "zh" }],
      firstAnnouncedOn: "2024-09-01",
    });
    await createInitiative(db, {
      slug: "info-harbor",
      name: "China-ASEAN Information Harbor",
      status: "operational",
      domains: ["data-centres", "cloud"],
      countries: [{ code: "CN" }, { code: "VN" }],
      aliases: [{ name: "中国—东盟信息港", language: "zh" }],
      summary: "A hub in Nanning for data centres and cross-border links.",
      firstAnnouncedOn: "2014-09-01",
    });
    await createInitiative(db, {
      slug: "th-5g",
      name: "Thailand 5G programme",
      status: "operational",
      domains: ["5g", "digital-skills"],
      countries: [{ code: "CN" }, { code: "TH" }],
      milestones: [{ description: "5G training academy opened in Bangkok", occurredOn: "2023-03-01" }],
      firstAnnouncedOn: "2020-06-01",
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("filters with OR inside a facet and AND across facets", async () => {
    expect(slugs(await find(database.db, "domain=5g&domain=ai"))).toEqual(["ai-centre", "th-5g"]);
    expect(slugs(await find(database.db, "domain=5g&domain=ai&country=TH&status=operational"))).toEqual(["th-5g"]);
    expect((await find(database.db, "domain=satellites")).total).toBe(0);
  });

  it("counts each facet under the other filters only", async () => {
    const list = await find(database.db, "domain=5g&country=TH");
    const domain = Object.fromEntries(list.facets.domain.map((f) => [f.value, f.count]));
    // Domain counts ignore the domain filter but respect country=TH: the AI centre and the 5G programme.
    expect(domain).toMatchObject({ "5g": 1, ai: 1, "digital-skills": 1, cloud: 0 });
    const country = Object.fromEntries(list.facets.country.map((f) => [f.value, f.count]));
    expect(country).toMatchObject({ TH: 1, CN: 1, VN: 0 });
    expect(list.facets.domain.find((f) => f.value === "5g")?.selected).toBe(true);
  });

  it("equals counts computed from the rows", async () => {
    const list = await find(database.db, "");
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(distinct initiative_id)::int as n from initiative_domains where domain_slug = 'ai'`,
    );
    expect(list.facets.domain.find((f) => f.value === "ai")?.count).toBe(row!.n);
    expect(list.total).toBe(4);
  });

  it("finds the cable association in English, German and Chinese, and explains why", async () => {
    for (const q of ["submarine cable", "Unterseekabel", "海底光缆"]) {
      const list = await find(database.db, `q=${encodeURIComponent(q)}`);
      expect(list.data[0]?.slug, q).toBe("cable-association");
      expect(list.data[0]?.match?.snippet, q).toContain(HIGHLIGHT_START);
    }
  });

  it("finds the AI centre through its Chinese alias and survives typos", async () => {
    expect(slugs(await find(database.db, "q=人工智能"))).toEqual(["ai-centre"]);
    expect((await find(database.db, "q=Informaton%20Harbor")).data[0]?.slug).toBe("info-harbor");
  });

  it("searches milestone text and the text of citing sources, naming the source", async () => {
    expect(slugs(await find(database.db, "q=academy"))).toEqual(["th-5g"]);
    const list = await find(database.db, "q=Partnerschaftsplan");
    expect(slugs(list)).toEqual(["cable-association"]);
    expect(list.data[0]?.match?.field).toBe("source");
    expect(list.data[0]?.match?.source?.title).toBe("China und ASEAN");
  });

  it("filters by first announced range at any precision and pages", async () => {
    expect(slugs(await find(database.db, "from=2020&to=2024"))).toEqual(["ai-centre", "th-5g"]);
    const page = await find(database.db, "pageSize=1&page=2&sort=name");
    expect(page.data).toHaveLength(1);
    expect(page.total).toBe(4);
    expect(page.data[0]?.slug).toBe("ai-centre"); // Asian… < China-ASEAN AI… < China-ASEAN Information… < Thailand…
  });

  it("flags unfinished initiatives without recent evidence as possibly stalled", async () => {
    // The factory's sources are from 2025-01-22, milestones from 2023: all are older than 12 months today.
    const stalled = await find(database.db, "stalled=true");
    expect(stalled.total).toBeGreaterThan(0);
    expect(stalled.data.every((d) => d.isPossiblyStalled)).toBe(true);
  });
});
