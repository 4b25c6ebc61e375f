// Searching the region's languages (ARCHITECTURE L1): Vietnamese with or without diacritics, Thai words found by
// segmenting the query, Indonesian through the unstemmed configuration, and cross-language matches via aliases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { createTestDatabase, testEngine } from "@/db/testing";
import { parseSourceFiltersStrict } from "@/lib/sources/filters";
import { findSources } from "@/lib/sources/queries";
import { parseFiltersStrict } from "../filters";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from "../match";
import { findInitiatives } from "../queries";

const find = (db: Database["db"], q: string) => findInitiatives(db, parseFiltersStrict(new URLSearchParams({ q })));
const slugs = (list: Awaited<ReturnType<typeof find>>) => list.data.map((d) => d.slug).sort();

describe(`search in the region's languages on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const thai = await createSource(db, {
      language: "th",
      title: "กสท ลงทุนเคเบิลใต้น้ำ",
      fullText: "กสท ลงทุนเคเบิลใต้น้ำ 5 พันล้านบาท ตั้งเป้าเป็นศูนย์กลางอาเซียน",
    });
    const vietnamese = await createSource(db, {
      language: "vi",
      title: "Khánh thành trung tâm dữ liệu",
      fullText: "Hai bên khánh thành trung tâm dữ liệu xuyên biên giới tại Lạng Sơn ngày 24 tháng 5 năm 2026.",
    });
    await createInitiative(db, {
      slug: "vn-data-centre",
      name: "Lang Son border data hub",
      status: "operational",
      domains: ["data-centres"],
      source: vietnamese,
    });
    await createInitiative(db, {
      slug: "vn-cable",
      name: "Asia Direct Cable landing in Quy Nhon",
      status: "operational",
      domains: ["submarine-cables"],
      aliases: [{ name: "Tuyến cáp quang biển ADC", language: "vi" }],
      summary: "Tuyến cáp quang biển nối Việt Nam với Trung Quốc và Singapore.",
    });
    await createInitiative(db, {
      slug: "th-cable",
      name: "CAT regional broadband venture",
      status: "in-progress",
      domains: ["submarine-cables"],
      milestones: [{ description: "จีนและไทยลงนามความร่วมมือสายเคเบิลใต้น้ำ", occurredOn: "2020-09-01" }],
      source: thai,
    });
    await createInitiative(db, {
      slug: "id-payments",
      name: "QR cross-border payment link",
      status: "operational",
      domains: ["digital-payments"],
      aliases: [{ name: "Pembayaran lintas batas QRIS", language: "id" }],
    });
    // Recorded in English only: found from other languages through the domain and country vocabulary.
    await createInitiative(db, {
      slug: "my-cable",
      name: "Kuantan landing of a regional system",
      status: "in-progress",
      domains: ["submarine-cables"],
      countries: [{ code: "CN" }, { code: "MY" }],
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("finds Vietnamese text typed without diacritics, and says it matched a Vietnamese alias", async () => {
    // "cáp quang biển" as written names the domain too: that reading is tested below.
    for (const q of ["quang biển", "quang bien", "QUANG BIEN"]) {
      const list = await find(database.db, q);
      expect(slugs(list), q).toEqual(["vn-cable"]);
      expect(list.data[0]?.match, q).toMatchObject({
        field: "alias",
        language: "vi",
        snippet: `Tuyến cáp ${S}quang biển${E} ADC`,
      });
    }
  });

  it("finds words of the Vietnamese summary without diacritics through the folded document", async () => {
    expect(slugs(await find(database.db, "Viet Nam Trung Quoc"))).toEqual(["vn-cable"]);
  });

  it("finds a Thai query whose words are apart in the text only by segmenting it", async () => {
    // "เคเบิลจีน" (cable China) occurs nowhere as such: its two words do, apart, in the milestone.
    const list = await find(database.db, "เคเบิลจีน");
    expect(slugs(list)).toEqual(["th-cable"]);
    expect(list.data[0]?.match?.field).toBe("text");
    expect(list.data[0]?.match?.snippet).toContain(`${S}จีน${E}`);
    expect(list.data[0]?.match?.snippet).toContain(`${S}เคเบิล${E}`);
    expect(slugs(await find(database.db, "ดาวเทียมจีน"))).toEqual([]);
  });

  it("finds Indonesian words through the unstemmed configuration", async () => {
    const list = await find(database.db, "pembayaran lintas batas");
    expect(slugs(list)).toEqual(["id-payments"]);
    expect(list.data[0]?.match).toMatchObject({ field: "alias", language: "id" });
  });

  it("finds a cited Vietnamese source typed without diacritics, and the initiative it supports", async () => {
    const sources = await findSources(database.db, parseSourceFiltersStrict(new URLSearchParams({ q: "trung tam du lieu" })));
    expect(sources.data.map((d) => d.title)).toEqual(["Khánh thành trung tâm dữ liệu"]);
    expect(sources.data[0]?.snippet).toContain(`${S}trung tâm dữ liệu${E}`);
    const list = await find(database.db, "trung tam du lieu");
    expect(slugs(list)).toEqual(["vn-data-centre"]);
    expect(list.data[0]?.match).toMatchObject({ field: "source", language: "vi" });
    expect(list.data[0]?.match?.snippet).toContain(`${S}trung tâm dữ liệu${E}`);
  });

  it("finds a Thai source by the words of a segmented query", async () => {
    // "เคเบิลศูนย์กลาง" (cable hub): both words are in the text, apart.
    const sources = await findSources(database.db, parseSourceFiltersStrict(new URLSearchParams({ q: "เคเบิลศูนย์กลาง" })));
    expect(sources.data.map((d) => d.title)).toEqual(["กสท ลงทุนเคเบิลใต้น้ำ"]);
    expect(sources.data[0]?.snippet).toContain(`${S}เคเบิล${E}`);
  });

  it("finds initiatives recorded in another language through the domain and country vocabulary, and says which", async () => {
    // Chinese, Thai and Indonesian names of the domain and the country; nothing of the initiative is in those languages.
    for (const [q, language] of [
      ["海底光缆 马来西亚", "zh"],
      ["เคเบิลใต้น้ำ มาเลเซีย", "th"],
      ["kabel bawah laut Malaysia", null],
    ] as const) {
      const list = await find(database.db, q);
      expect(slugs(list), q).toEqual(["my-cable"]);
      expect(list.data[0]?.match, q).toMatchObject({ field: "domain", language });
      expect(list.data[0]?.match?.snippet, q).toContain("→ Submarine cables");
    }
    // The domain alone: every cable initiative, those with the words in their own text explained by that text.
    const all = await find(database.db, "cáp quang biển");
    expect(slugs(all)).toEqual(["my-cable", "th-cable", "vn-cable"]);
    expect(all.data.find((d) => d.slug === "vn-cable")?.match).toMatchObject({ field: "alias", language: "vi" });
    expect(all.data.find((d) => d.slug === "my-cable")?.match).toMatchObject({ field: "domain", language: "vi" });
    // Any other word makes it a text search only.
    expect(slugs(await find(database.db, "Kuantan cáp quang biển"))).toEqual(["vn-cable"]);
  });

  it("keeps English queries working and names the field without a language", async () => {
    const list = await find(database.db, "Asia Direct");
    expect(slugs(list)).toEqual(["vn-cable"]);
    expect(list.data[0]?.match).toMatchObject({ field: "name", language: null });
  });
});
