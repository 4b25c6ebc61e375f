import { describe, expect, it } from "vitest";
import { readVocabulary, termLanguage } from "./vocabulary";

describe("reading a query through the domain and country vocabulary", () => {
  it("reads domains and countries named in the region's languages, joined by connecting words", () => {
    expect(readVocabulary("trung tâm dữ liệu tại Việt Nam")).toMatchObject({
      domains: ["data-centres"],
      countries: ["VN"],
    });
    expect(readVocabulary("海底光缆 越南")).toMatchObject({ domains: ["submarine-cables"], countries: ["VN"] });
    // Traditional Chinese, Taiwan's word for data centre: the term is shown as typed.
    const traditional = readVocabulary("資料中心 馬來西亞")!;
    expect(traditional).toMatchObject({ domains: ["data-centres"], countries: ["MY"] });
    expect(traditional.terms.map((t) => t.text)).toEqual(["資料中心", "馬來西亞"]);
    expect(readVocabulary("ศูนย์ข้อมูล")).toMatchObject({ domains: ["data-centres"], countries: [] });
    expect(readVocabulary("pusat data di Indonesia")).toMatchObject({ domains: ["data-centres"], countries: ["ID"] });
    expect(readVocabulary("data centres in Malaysia and Thailand")).toMatchObject({
      domains: ["data-centres"],
      countries: ["MY", "TH"],
    });
  });

  it("says which language each term is written in where its letters tell", () => {
    const terms = readVocabulary("cáp quang biển Trung Quốc")!.terms;
    expect(terms.map((t) => [t.kind, t.value, t.language])).toEqual([
      ["domain", "submarine-cables", "vi"],
      ["country", "CN", "vi"],
    ]);
    expect(termLanguage("人工智能")).toBe("zh");
    expect(termLanguage("ปัญญาประดิษฐ์")).toBe("th");
    expect(termLanguage("künstliche Intelligenz")).toBe("de");
    expect(termLanguage("kecerdasan buatan")).toBeNull();
  });

  it("reads nothing into a query with any other word, or with no term at all", () => {
    expect(readVocabulary("Kuantan cáp quang biển")).toBeNull();
    expect(readVocabulary("Asia Direct Cable")).toBeNull();
    expect(readVocabulary("")).toBeNull();
    expect(readVocabulary("and in of")).toBeNull();
  });
});
