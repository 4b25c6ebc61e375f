// Independent cross-check of our BibTeX, RIS and CSL-JSON against Citation.js, a reference implementation of the
// three formats (the CSL schema in csl-data.schema.json was typed from memory, so a schema test alone proves little).
// Our output is parsed back by Citation.js and must keep each item's title, venue, date at its precision, URL and
// language; our CSL-JSON must load into Citation.js and render an APA bibliography.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { toBibtex } from "../bibtex";
import { type CslDate, type CslItem, initiativeToCsl, sourceToCsl } from "../csl";
import { toRis } from "../ris";
import type { CitableSource } from "../sources";

// Citation.js ships CommonJS without type declarations; the plugins register themselves on the core they require.
type CiteData = {
  id: string;
  type: string;
  title?: string;
  "container-title"?: string;
  "collection-title"?: string;
  publisher?: string;
  author?: { literal?: string; family?: string; given?: string }[];
  URL?: string;
  issued?: CslDate;
  accessed?: CslDate;
  language?: string;
};
type CiteInstance = { data: CiteData[]; format(kind: "bibliography", options: { template: string; format?: string }): string };
const load = createRequire(import.meta.url);
const { Cite } = load("@citation-js/core") as { Cite: new (input: unknown) => CiteInstance };
load("@citation-js/plugin-bibtex");
load("@citation-js/plugin-ris");
load("@citation-js/plugin-csl");

const source = (id: number, fields: Partial<CitableSource> & Pick<CitableSource, "title" | "publisher" | "sourceType">): CitableSource => ({
  id,
  url: null,
  published: null,
  language: "en",
  publisherCountry: null,
  ...fields,
});

const sources: CitableSource[] = [
  // Publisher-only "author" of a news item, day precision, URL with query string and %-escapes.
  source(1, {
    title: "China, ASEAN open AI centre in Vientiane — 50% done & {more} for $5 #1 a_b",
    publisher: "Xinhua",
    sourceType: "state-media",
    url: "https://english.news.cn/20240512/c.htm?q=China%E2%80%93ASEAN&lang=en&x=%7Bbrace%7D",
    published: { date: "2024-05-12", precision: "day" },
  }),
  // Chinese title, official issuer as author and publisher, year precision.
  source(2, { title: "中国—东盟信息港", publisher: "国家发展和改革委员会", sourceType: "official-china", published: { date: "2023-01-01", precision: "year" }, language: "zh" }),
  // German title with umlauts and „quotes“, month precision.
  source(3, {
    title: "Digitale Seidenstraße: „Übergänge“ für Südostasien",
    publisher: "Frankfurter Allgemeine Zeitung",
    sourceType: "independent-press",
    url: "https://www.faz.net/aktuell/a-123.html?utm_source=x&p=1",
    published: { date: "2024-09-01", precision: "month" },
    language: "de",
  }),
  // Backslashes, tilde, caret, braces in an official document; quarter precision (CSL has none: kept as the year).
  source(4, {
    title: "Path C:\\ASEAN\\data ~ 2^10 {draft} & annex #2_b",
    publisher: "ASEAN Secretariat",
    sourceType: "asean-secretariat",
    url: "https://asean.org/doc?id=42&name=MoU%20Final#p3",
    published: { date: "2024-07-01", precision: "quarter" },
  }),
  // No date at all, company web page.
  source(5, { title: "Huawei Cloud opens Jakarta region", publisher: "Huawei", sourceType: "company", url: "https://www.huawei.com/en/news?id=5&a=b" }),
];
const page = initiativeToCsl(
  { slug: "ai-centre", name: "China–ASEAN AI Centre", version: 3, updatedAt: new Date("2025-02-01T10:00:00Z") },
  { url: "https://tracker.example/initiatives/ai-centre?asOf=2025-01-31&view=map%20list", accessed: "2026-11-26", asOf: "2025-01-31" },
);
const items: CslItem[] = [...sources.map(sourceToCsl), page];

/** Citation.js keys its BibTeX/RIS entries by our citation key (BibTeX) or ID tag (RIS). */
const byKey = (data: CiteData[]) => new Map(data.map((d) => [d.id, d]));
const keyOf = (item: CslItem) => item["citation-key"] ?? item.id;
const dateParts = (date: CslDate | undefined) => date?.["date-parts"][0];
const venue = (item: CslItem) => item["container-title"] ?? item.publisher;

/** A corporate author comes back as one name (literal, or family alone), never split into given and family names. */
function expectSameCorporateAuthor(back: CiteData, item: CslItem) {
  if (!item.author) return expect(back.author).toBeUndefined();
  expect(back.author).toHaveLength(1);
  expect(back.author![0]!.given).toBeUndefined();
  expect(back.author![0]!.literal ?? back.author![0]!.family).toBe(item.author[0]!.literal);
}

describe("Citation.js cross-check", () => {
  it("the constructed items cover the hard cases", () => {
    expect(items.map((i) => dateParts(i.issued)?.length ?? 0).sort()).toEqual([0, 1, 1, 2, 3, 3]);
    expect(items.some((i) => i.accessed)).toBe(true);
    expect(items.filter((i) => i.author?.length)).not.toHaveLength(0);
  });

  describe("BibTeX parsed by Citation.js", () => {
    const bib = toBibtex(items);
    const parsed = byKey(new Cite(bib).data);

    it("yields one entry per item", () => {
      expect(parsed.size).toBe(items.length);
    });

    it.each(items.map((item) => [item.title, item] as const))("%s: same title, venue, date precision, URL and language", (_, item) => {
      const back = parsed.get(keyOf(item));
      expect(back, bib).toBeDefined();
      expect(back!.title).toBe(item.title);
      // @article's journal comes back as container-title; @misc's howpublished/publisher as publisher.
      expect(back!["container-title"] ?? back!.publisher).toBe(venue(item));
      expect(dateParts(back!.issued)).toEqual(dateParts(item.issued));
      expect(dateParts(back!.accessed)).toEqual(dateParts(item.accessed));
      expect(back!.URL).toBe(item.URL);
      expect(back!.language).toBe(item.language);
      expectSameCorporateAuthor(back!, item);
    });
  });

  describe("RIS parsed by Citation.js", () => {
    const ris = toRis(items);
    const parsed = byKey(new Cite(ris).data);

    it("yields one record per item", () => {
      expect(parsed.size).toBe(items.length);
    });

    it.each(items.map((item) => [item.title, item] as const))("%s: same title, venue, date precision, URL and language", (_, item) => {
      const back = parsed.get(keyOf(item));
      expect(back, ris).toBeDefined();
      expect(back!.type).toBe(item.type);
      expect(back!.title).toBe(item.title);
      // Citation.js follows the RIS spec table: ELEC's T2 is a collection title, NEWS's T2 the newspaper, GEN's PB.
      expect(item.type === "webpage" ? back!["collection-title"] : (back!["container-title"] ?? back!.publisher)).toBe(venue(item));
      if (item.type === "article-newspaper") {
        // The spec table (and Citation.js's own RIS writer) dates NEWS by PY, the year; Zotero reads the full DA line.
        expect(dateParts(back!.issued)).toEqual(item.issued ? [dateParts(item.issued)![0]] : undefined);
      } else {
        expect(dateParts(back!.issued)).toEqual(dateParts(item.issued));
      }
      expect(back!.URL).toBe(item.URL);
      expect(back!.language).toBe(item.language);
      expectSameCorporateAuthor(back!, item);
    });

    it("writes DA at the item's precision (year only for year precision) for readers that take the date from DA", () => {
      const daLines = ris.split("\r\n").filter((l) => l.startsWith("DA  - "));
      expect(daLines).toEqual(["DA  - 2024/05/12/", "DA  - 2023///", "DA  - 2024/09//", "DA  - 2024///", "DA  - 2025/01/31/"]);
    });
  });

  describe("CSL-JSON loaded by Citation.js", () => {
    const cite = new Cite(JSON.parse(JSON.stringify(items)));

    it("accepts every item unchanged", () => {
      expect(cite.data).toHaveLength(items.length);
      for (const item of items) {
        const back = cite.data.find((d) => d.id === item.id);
        expect(back).toMatchObject(JSON.parse(JSON.stringify(item)));
      }
    });

    it("formats an APA bibliography that contains every title", () => {
      const bibliography = cite.format("bibliography", { template: "apa", format: "text" });
      expect(bibliography.trim().split("\n")).toHaveLength(items.length);
      for (const item of items) expect(bibliography).toContain(item.title);
      expect(bibliography).toContain("(2024, May 12)");
      expect(bibliography).toContain("(2024, September)");
      expect(bibliography).toContain("(2023)");
      expect(bibliography).toContain("(n.d.)");
    });
  });
});
