import Ajv from "ajv";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { escapeLatex, toBibtex } from "./bibtex";
import cslSchema from "./csl-data.schema.json";
import { type CslItem, citationKey, initiativeToCsl, sourceToCsl, textCitation } from "./csl";
import { BOM, toCsv } from "./csv";
import { risDate, toRis } from "./ris";

const press = sourceToCsl({
  id: 7,
  title: "China, ASEAN open AI centre in Vientiane — 50% done & {more}",
  publisher: "Xinhua",
  url: "https://example.org/a?b=1&c={2}",
  published: { date: "2024-05-12", precision: "day" },
  language: "en",
  sourceType: "state-media",
  publisherCountry: "CN",
});
const official = sourceToCsl({
  id: 8,
  title: "关于数字经济合作的联合声明",
  publisher: "Ministry of Commerce",
  url: null,
  published: { date: "2024-07-01", precision: "quarter" },
  language: "zh",
  sourceType: "official-china",
  publisherCountry: null,
});
const page = initiativeToCsl(
  { slug: "ai-centre", name: "China-ASEAN AI Centre", version: 3, updatedAt: new Date("2025-02-01T10:00:00Z") },
  { url: "https://tracker.example/initiatives/ai-centre", accessed: "2026-11-26" },
);

describe("CSL-JSON", () => {
  it("maps sources and pages onto valid CSL items", () => {
    const validate = new Ajv({ strict: false }).compile(cslSchema);
    const items: CslItem[] = [press, official, page];
    expect(validate(JSON.parse(JSON.stringify(items))), JSON.stringify(validate.errors)).toBe(true);
    expect(press).toMatchObject({ type: "article-newspaper", "container-title": "Xinhua", "publisher-place": "China", issued: { "date-parts": [[2024, 5, 12]] } });
    expect(official).toMatchObject({ type: "document", publisher: "Ministry of Commerce", issued: { "date-parts": [[2024]] } });
    expect(page).toMatchObject({ type: "webpage", version: "3", accessed: { "date-parts": [[2026, 11, 26]] } });
  });

  it("rejects what the schema forbids (so the validation is real)", () => {
    const validate = new Ajv({ strict: false }).compile(cslSchema);
    expect(validate([{ id: "x", type: "blogpost", title: "t" }])).toBe(false);
    expect(validate([{ id: "x", type: "webpage", titel: "t" }])).toBe(false);
  });

  it("builds citation keys and a text citation with permalink and access date", () => {
    expect(citationKey("The Straits Times", 2024, 3)).toBe("the2024-3");
    expect(citationKey("新华社", null, 4)).toBe("sourcend-4");
    expect(textCitation(page)).toBe(
      "China–ASEAN Digital Cooperation Tracker. (2025). China-ASEAN AI Centre (version 3). Retrieved 26 November 2026, from https://tracker.example/initiatives/ai-centre",
    );
  });
});

const field = (name: string, value: string) => new RegExp(`\\n  ${name} *= ${value.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}[,\\n]`);

describe("BibTeX", () => {
  it("escapes LaTeX specials and keeps titles' capitals", () => {
    expect(escapeLatex("50% & $5 #1 a_b {x} ~ ^ \\")).toBe("50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
    const bib = toBibtex([press, official]);
    expect(bib).toContain("@article{xinhua2024-7,");
    expect(bib).toMatch(field("title", "{{China, ASEAN open AI centre in Vientiane — 50\\% done \\& \\{more\\}}}"));
    expect(bib).toMatch(field("journal", "{Xinhua}"));
    expect(bib).toMatch(field("month", "may"));
    expect(bib).toMatch(field("url", "{https://example.org/a?b=1&c=%7B2%7D}"));
    expect(bib).toContain("@misc{ministry2024-8,");
    expect(bib).toMatch(field("author", "{{Ministry of Commerce}}"));
    // Balanced braces in every entry, so a parser never runs past an entry's end.
    for (const entry of bib.split(/\n(?=@)/)) {
      const unescaped = entry.replace(/\\[{}]/g, "");
      expect(unescaped.split("{").length).toBe(unescaped.split("}").length);
    }
  });
});

describe("RIS", () => {
  it("writes one CRLF record per item with typed tags", () => {
    const ris = toRis([press, page]);
    const records = ris.split("ER  - \r\n").filter((r) => r.trim());
    expect(records).toHaveLength(2);
    expect(ris).toContain("TY  - NEWS\r\n");
    expect(ris).toContain("DA  - 2024/05/12/\r\n");
    expect(ris).toContain("TY  - ELEC\r\n");
    expect(ris).toContain("Y2  - 2026/11/26/\r\n");
    expect(risDate({ "date-parts": [[2024, 7]] })).toBe("2024/07//");
    for (const line of ris.split("\r\n").filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
  });
});

describe("CSV", () => {
  it("writes a BOM, RFC 4180 quoting, CRLF, joined lists, and defuses formulas", () => {
    const csv = toCsv(
      [
        { name: 'A "quoted", multi\nline name', tags: ["ai", "5g"], n: 2, ok: true, none: null },
        { name: "=HYPERLINK(\"http://x\")", tags: [], n: 0, ok: false, none: null },
      ],
      ["name", "tags", "n", "ok", "none"],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain("\r\n");
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]).toEqual({ name: 'A "quoted", multi\nline name', tags: "ai; 5g", n: "2", ok: "true", none: "" });
    expect(parsed.data[1]?.name?.startsWith("'=")).toBe(true);
  });
});
