import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UNSPACED_SCRIPT, foldDiacritics, foldTable, segmentWords } from "./fold";

describe("foldDiacritics", () => {
  it.each([
    ["Cáp quang biển", "Cap quang bien"],
    ["Đường cáp ngầm Việt Nam – Trung Quốc", "Duong cap ngam Viet Nam – Trung Quoc"],
    ["Trí tuệ nhân tạo", "Tri tue nhan tao"],
    ["Königreich Thailand", "Konigreich Thailand"],
    ["中国—东盟 เคเบิลใต้น้ำ", "中国—东盟 เคเบิลใต้น้ำ"],
  ])("%j → %j", (text, folded) => {
    expect(foldDiacritics(text)).toBe(folded);
    expect(foldDiacritics(text)).toHaveLength(text.length);
  });

  it("uses the same table as the SQL function search_fold (defined in 0012, redefined in 0014)", () => {
    const { from, to } = foldTable();
    for (const file of ["0012_search_languages.sql", "0014_search_fold_ascii.sql"]) {
      const migration = readFileSync(path.join(process.cwd(), "db/migrations", file), "utf8");
      expect(migration, file).toContain(`translate(t,\n    '${from}',\n    '${to}')`);
    }
  });
});

describe("segmentWords", () => {
  it("breaks Thai into dictionary words", () => {
    expect(segmentWords("สายเคเบิลใต้น้ำจีน")).toEqual(["สาย", "เคเบิล", "ใต้", "น้ำ", "จีน"]);
  });

  it("keeps Latin words and drops punctuation", () => {
    expect(segmentWords("AI ปัญญาประดิษฐ์, 2026")).toEqual(["AI", "ปัญญา", "ประดิษฐ์", "2026"]);
  });

  it("recognises the unspaced scripts", () => {
    expect(UNSPACED_SCRIPT.test("เคเบิล")).toBe(true);
    expect(UNSPACED_SCRIPT.test("cáp quang biển")).toBe(false);
  });
});
