import { describe, expect, it } from "vitest";
import { detectLanguage, normaliseLanguageTag } from "./language";

describe("detectLanguage", () => {
  it.each([
    ["China and ASEAN agreed to deepen cooperation on artificial intelligence and submarine cables this year.", "en"],
    [
      "China will die digitale Zusammenarbeit mit den Mitgliedern des Verbands Südostasiatischer Nationen weiter vertiefen.",
      "de",
    ],
    ["中国—东盟人工智能峰会17日在广西南宁开幕，来自中国和东盟国家的代表出席。", "zh"],
    ["Việt Nam và Trung Quốc đã ký kết thỏa thuận hợp tác về kinh tế số và chuyển đổi số.", "vi"],
    ["ประเทศไทยและจีนลงนามความร่วมมือด้านเศรษฐกิจดิจิทัลและปัญญาประดิษฐ์", "th"],
    [
      "Pemerintah Indonesia dan Tiongkok menandatangani nota kesepahaman karena kerja sama digital adalah prioritas.",
      "id",
    ],
    [
      "Kerajaan Malaysia berkata pelaburan syarikat China itu akan dilaksanakan menerusi kerjasama dengan pihak tempatan.",
      "ms",
    ],
    ["Nilagdaan ng Pilipinas at ng Tsina ang kasunduan para sa mas mabilis na koneksyon sa internet sa bansa.", "tl"],
  ])("%j → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("reads mostly-Chinese text with Latin acronyms as Chinese", () => {
    expect(detectLanguage("亚洲直达海缆（ADC）和SJC2已于2025年投产，5G和AI合作持续推进。")).toBe("zh");
  });

  it("returns und for text without letters", () => {
    expect(detectLanguage("2025 — 12 / 3")).toBe("und");
  });
});

describe("normaliseLanguageTag", () => {
  it("reduces tags to ISO 639-1", () => {
    expect(normaliseLanguageTag("en-US")).toBe("en");
    expect(normaliseLanguageTag(" DE ")).toBe("de");
    expect(normaliseLanguageTag("zh_Hans")).toBe("zh");
  });
});
