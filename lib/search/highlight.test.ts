import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT_END as E,
  HIGHLIGHT_START as S,
  containsTerms,
  highlightTerms,
  queryTerms,
  remarkFolded,
} from "./highlight";

describe("highlightTerms", () => {
  it("marks a query typed without diacritics in the original spelling", () => {
    expect(highlightTerms("Tuyến cáp quang biển ADC", queryTerms("cap quang bien"))).toBe(
      `Tuyến ${S}cáp quang biển${E} ADC`,
    );
  });

  it("marks each word of a Thai query wherever it occurs", () => {
    const terms = queryTerms("เคเบิลจีน");
    expect(terms).toEqual(["เคเบิล", "จีน"]);
    expect(containsTerms("จีนลงทุนสายเคเบิลใต้น้ำ", terms)).toBe(true);
    expect(highlightTerms("จีนลงทุนสายเคเบิลใต้น้ำ", terms)).toBe(`${S}จีน${E}ลงทุนสาย${S}เคเบิล${E}ใต้น้ำ`);
  });

  it("re-marks a headline that marked only the words spelled without diacritics", () => {
    expect(remarkFolded(`Hai bên ${S}trung${E} tâm dữ liệu`, "trung tam du lieu")).toBe(
      `Hai bên ${S}trung tâm dữ liệu${E}`,
    );
    expect(remarkFolded(`the ${S}centre${E} opened`, "centre")).toBe(`the ${S}centre${E} opened`);
  });

  it("leaves text without the terms unchanged", () => {
    expect(highlightTerms("Asia Direct Cable", queryTerms("data centre"))).toBe("Asia Direct Cable");
    expect(containsTerms("Asia Direct Cable", [])).toBe(false);
  });
});
