// Articles in the region's languages: the language is detected and stored, and the suggestions carry the countries,
// domains and dates the lexicons for Vietnamese, Thai, Indonesian, Malay and Filipino find (ARCHITECTURE L3).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { suggestions } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { ingestArticle } from "../mutations";
import { uniqueUrl } from "./world";

const ARTICLES = [
  {
    language: "vi",
    title: "Khánh thành tuyến cáp quang biển mới",
    text: "Ngày 24 tháng 5 năm 2026, Việt Nam và Trung Quốc đã khánh thành tuyến cáp quang biển mới nối Quy Nhơn với Hồng Kông. Hai bên sẽ tiếp tục hợp tác xây dựng trung tâm dữ liệu trong thời gian tới.",
    countries: ["CN", "VN"],
    domain: "submarine-cables",
    date: "2026-05-24",
  },
  {
    language: "th",
    title: "ไทยและจีนลงนามความร่วมมือเคเบิลใต้น้ำ",
    text: "เมื่อวันที่ ๒๔ พฤษภาคม ๒๕๖๙ รัฐบาลไทยและจีนลงนามความร่วมมือโครงการเคเบิลใต้น้ำเพื่อเชื่อมต่อภูมิภาคอาเซียน โดยทั้งสองฝ่ายจะลงทุนร่วมกันในการพัฒนาโครงข่าย",
    countries: ["CN", "TH"],
    domain: "submarine-cables",
    date: "2026-05-24",
  },
  {
    language: "id",
    title: "Indonesia dan Tiongkok resmikan pusat data",
    text: "Pemerintah Indonesia dan Tiongkok meresmikan pusat data baru di Batam pada 24 Mei 2026. Menurut pejabat, kerja sama ini adalah bagian dari rencana karena permintaan layanan digital terus meningkat.",
    countries: ["CN", "ID"],
    domain: "data-centres",
    date: "2026-05-24",
  },
  {
    language: "ms",
    title: "Malaysia dan China meterai kerjasama kecerdasan buatan",
    text: "Kerajaan Malaysia dan China menandatangani memorandum kerjasama kecerdasan buatan pada 24 Mei 2026. Menteri berkata pelaburan syarikat China itu akan dilaksanakan menerusi kerjasama dengan pihak tempatan.",
    countries: ["CN", "MY"],
    domain: "ai",
    date: "2026-05-24",
  },
  {
    language: "tl",
    title: "Pilipinas at Tsina, lumagda sa kasunduan sa 5G",
    text: "Nilagdaan ng Pilipinas at ng Tsina ang kasunduan para sa mas mabilis na koneksyon ng 5G sa bansa noong Mayo 24, 2026. Ayon sa mga opisyal, ilulunsad ang proyekto sa susunod na taon.",
    countries: ["CN", "PH"],
    domain: "5g",
    date: "2026-05-24",
  },
] as const;

describe(`articles in the region's languages on ${testEngine()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it.each(ARTICLES)("stores a $language article with its detected language, countries, domain and date", async (a) => {
    const result = await ingestArticle(
      database.db,
      null,
      { text: a.text, title: a.title, publisher: "E2E Wire", url: uniqueUrl(), publishedOn: "2026-05-25", sourceType: "independent-press" },
      "form",
    );
    expect(result.created && result.source.language).toBe(a.language);
    const stored = await database.db.select().from(suggestions).where(eq(suggestions.sourceId, result.source.id));
    const of = (kind: string, key: string) =>
      stored.filter((s) => s.kind === kind).map((s) => (s.payload as Record<string, string>)[key]);
    expect(of("country", "code").sort()).toEqual(expect.arrayContaining([...a.countries]));
    expect(of("domain", "slug")).toContain(a.domain);
    expect(of("milestone", "date")).toContain(a.date);
  });
});
