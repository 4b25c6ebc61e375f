import { describe, expect, it } from "vitest";
import { createEntityExtractor } from "./entities";
import { buildStream, tokenize } from "./normalise";
import type { Catalog } from "./types";

const catalog: Catalog = {
  initiatives: [
    {
      slug: "ai-centre",
      name: "China-ASEAN AI Innovation Cooperation Center",
      aliases: ["中国—东盟人工智能创新合作中心", "China-ASEAN-Kooperationszentrum für künstliche Intelligenz"],
    },
    {
      slug: "cable-association",
      name: "Asian submarine cable association",
      aliases: ["亚洲海底光缆协会", "asiatischer Unterseekabelverband"],
    },
    { slug: "adgmin", name: "ASEAN Digital Ministers' Meeting (ADGMIN)", aliases: [] },
    {
      slug: "ca-dmm",
      name: "China-ASEAN Digital Ministers' Meeting and annual digital cooperation plans",
      aliases: [],
    },
    { slug: "adc", name: "Asia Direct Cable", aliases: ["ADC"] },
    { slug: "trade-centre", name: "China-ASEAN Digital Trade Centre", aliases: [] },
    {
      slug: "smart-city",
      name: "ASEAN-China Smart City Cooperation Initiative",
      aliases: ["中国—东盟智慧城市合作倡议"],
    },
  ],
  actors: [
    { slug: "asean-china-centre", name: "ASEAN-China Centre", aliases: ["中国—东盟中心"] },
    { slug: "asean", name: "ASEAN", aliases: ["东盟"] },
  ],
};
const extract = createEntityExtractor(catalog);
const run = (text: string) => extract(buildStream(tokenize(text)), text, text);
const linked = (text: string) => run(text).initiatives.flatMap((i) => (i.slug ? [i.slug] : []));
const candidates = (text: string) =>
  run(text)
    .initiatives.filter((i) => i.slug === null)
    .map((i) => i.name);

describe("linking catalog entries", () => {
  it.each([
    ["the China-ASEAN AI Innovation Cooperation Center opened", "ai-centre"],
    ["the China–ASEAN AI Innovation Cooperation Centre opened", "ai-centre"],
    ["the china-asean ai innovation cooperation centre opened", "ai-centre"],
    ["the China ASEAN AI Innovation & Cooperation Centre opened", "ai-centre"],
    ["the ASEAN-China AI Innovation Cooperation Centre opened", "ai-centre"],
    ["the China-ASEAN AI Innovation and Cooperation Centre opened", "ai-centre"],
    ["the China-ASEAN AI Inovation Cooperation Center opened", "ai-centre"],
    ["中国-东盟人工智能创新合作中心揭牌", "ai-centre"],
    ["中国东盟人工智能创新合作中心揭牌", "ai-centre"],
    ["die Einrichtung eines China-ASEAN-Kooperationszentrums für künstliche Intelligenz", "ai-centre"],
    ["die Gründung eines asiatischen Unterseekabelverbands", "cable-association"],
    ["an Asian Submarine Cable Associations meeting", "cable-association"],
    ["倡议成立亚洲海底光缆协会", "cable-association"],
    ["the 5th ASEAN Digital Ministers’ Meeting (ADGMIN) in Bangkok", "adgmin"],
    ["ADGMIN concluded", "adgmin"],
    ["the ADC consortium", "adc"],
    ["the China-ASEAN Digital Trade Center in Nanning", "trade-centre"],
    ["《东盟—中国智慧城市合作倡议》", "smart-city"],
  ])("%j → %s", (text, slug) => {
    expect(linked(text)).toEqual([slug]);
  });

  it("prefers the longer name when one catalog name contains another", () => {
    expect(linked("at the China-ASEAN Digital Ministers' Meeting in Manila")).toEqual(["ca-dmm"]);
  });

  it("does not link a name that differs by a replaced word", () => {
    expect(linked("中国—老挝人工智能创新合作中心揭牌")).toEqual([]);
    expect(linked("the China-Laos AI Innovation Cooperation Center")).toEqual([]);
  });

  it("matches acronyms only in capitals", () => {
    expect(linked("an adc converter")).toEqual([]);
  });

  it("links actors in every language", () => {
    const { actors } = run("The ASEAN-China Centre and 中国—东盟中心 met ASEAN.");
    expect(actors.map((a) => a.slug).sort()).toEqual(["asean", "asean-china-centre"]);
  });

  it("gives exact evidence offsets and a lower confidence for fuzzy matches", () => {
    const text = "Intro. The China-ASEAN AI Inovation Cooperation Center opened; the Asia Direct Cable too.";
    const { initiatives } = run(text);
    for (const i of initiatives) for (const e of i.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    const fuzzy = initiatives.find((i) => i.slug === "ai-centre")!;
    const verbatim = initiatives.find((i) => i.slug === "adc")!;
    expect(fuzzy.confidence).toBeLessThan(verbatim.confidence);
    expect(verbatim.confidence).toBe(1);
  });
});

describe("candidate new initiatives", () => {
  it("suggests named programmes, centres and agreements in three languages", () => {
    expect(candidates("They launched the Lancang-Mekong Digital Innovation Centre last year.")).toEqual([
      "Lancang-Mekong Digital Innovation Centre",
    ]);
    expect(candidates("Geplant ist ein China-ASEAN-Datenzentrum für Landwirtschaft.")).toEqual([
      "China-ASEAN-Datenzentrum für Landwirtschaft",
    ]);
    expect(candidates("峰会期间，中方发布了《中国—东盟人工智能合作南宁倡议》。")).toEqual([
      "中国—东盟人工智能合作南宁倡议",
    ]);
  });

  it("deduplicates spelling variants and skips generic or existing names", () => {
    const text =
      "The Mekong Digital Skills Programme started. Later the Mekong Digital Skills Program grew. The Action Plan helps.";
    const found = run(text).initiatives.filter((i) => i.slug === null);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toHaveLength(2);
    expect(candidates("The China-ASEAN Digital Trade Centre and the ASEAN-China Centre met.")).toEqual([]);
    expect(candidates("中老双方计划于2026年完成勘察。")).toEqual([]);
  });
});
