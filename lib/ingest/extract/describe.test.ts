import { describe, expect, it } from "vitest";
import { CONFIDENCE_DESCRIBED, createDescriptionLinker, LEAD_CHARS } from "./describe";
import { CONFIDENT_LINK, LINK_SUGGESTION_THRESHOLD } from "./entities";
import { createExtractor } from "./extract";
import type { Catalog } from "./types";

// Filler like the real catalogue's many "China-ASEAN … cooperation" names, so that those words are common.
const filler = [
  "alpha",
  "bravo",
  "charlie",
  "delta",
  "echo",
  "foxtrot",
  "golf",
  "hotel",
  "india",
  "juliet",
  "kilo",
  "lima",
].flatMap((word, i) => [
  { slug: `filler-${i}`, name: `China-ASEAN digital cooperation ${word} programme`, aliases: [] },
  {
    slug: `filler-dc-${i}`,
    name: `${word} data centre investment`,
    aliases: [`中国—东盟${"甲乙丙丁戊己庚辛壬癸子丑"[i]}数据中心`],
  },
]);
const initiatives = [
  ...filler,
  { slug: "bytedance-johor", name: "ByteDance data centre and AI hub in Johor, Malaysia", aliases: [] },
  { slug: "bytedance-thailand", name: "ByteDance/TikTok data hosting investment in Thailand", aliases: [] },
  { slug: "dayone-batam", name: "DayOne Batam data centres", aliases: [] },
  {
    slug: "alibaba-cloud-manila",
    name: "Alibaba Cloud Philippines (Manila) region",
    aliases: ["阿里云菲律宾马尼拉地域"],
  },
  { slug: "alibaba-cloud-kl", name: "Alibaba Cloud Malaysia (Kuala Lumpur) region", aliases: [] },
  { slug: "digital-cooperation", name: "China-ASEAN digital cooperation", aliases: [] },
  { slug: "sea-h2x", name: "SEA-H2X submarine cable", aliases: [] },
  { slug: "adc", name: "Asia Direct Cable", aliases: ["ADC"] },
  { slug: "info-harbor", name: "China-ASEAN Information Harbor", aliases: [] },
  { slug: "ai-innovation", name: "China-ASEAN AI Innovation Cooperation Center", aliases: [] },
  { slug: "ai-application", name: "China-ASEAN AI Application Cooperation Center", aliases: [] },
  {
    slug: "vietnam-ai",
    name: "China (incl. Guangxi)-Viet Nam AI cooperation",
    aliases: ["Hợp tác trí tuệ nhân tạo Việt Nam - Trung Quốc", "中越人工智能合作"],
  },
  { slug: "thailand-ai", name: "China-Thailand AI cooperation", aliases: ["中泰人工智能合作"] },
  { slug: "kl-city-brain", name: "Malaysia City Brain (Alibaba Cloud) in Kuala Lumpur", aliases: [] },
  { slug: "acfta-3", name: "China-ASEAN Free Trade Area 3.0 Upgrade Protocol", aliases: [] },
  { slug: "education-alliance", name: "ASEAN-China Digital Education Alliance", aliases: [] },
];
const linkDescribed = createDescriptionLinker(initiatives);
const slugs = (text: string) => linkDescribed(text).map((m) => m.slug);

describe("linking by description", () => {
  it("links an initiative its lead describes in other words, with evidence pointing into the text", () => {
    const text =
      "KUALA LUMPUR: TikTok owner ByteDance will build a data centre in Johor, Malaysia, as its regional AI hub, the minister said.";
    const [match, ...rest] = linkDescribed(text);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ slug: "bytedance-johor", confidence: CONFIDENCE_DESCRIBED });
    expect(text.slice(match!.start, match!.end)).toMatch(/^ByteDance .* hub$/u);
  });

  it("lets initiatives described by the same words compete, keeping the better-described one", () => {
    expect(slugs("ByteDance is to invest in data hosting in Thailand, TikTok's owner said on Monday.")).toEqual([
      "bytedance-thailand",
    ]);
  });

  it("reads a name translated word for word in Chinese, Thai, Vietnamese or Indonesian, and only whole", () => {
    expect(slugs("นึกถึง AI จีน-อาเซียน: ศูนย์นวัตกรรมความร่วมมือด้าน AI จีน-อาเซียน เปิดที่หนานหนิง")).toEqual(["ai-innovation"]);
    expect(slugs("中国—东盟人工智能应用合作中心在南宁揭牌。")).toEqual(["ai-application"]);
    expect(slugs("Trung tâm hợp tác ứng dụng trí tuệ nhân tạo Trung Quốc - ASEAN khai trương.")).toEqual([
      "ai-application",
    ]);
    // Every word but one ("innovation" or "application") is no description of either.
    expect(slugs("中国—东盟人工智能合作中心举办培训。")).toEqual([]);
    // A party named otherwise is another name: China-Laos is not China-ASEAN.
    expect(slugs("中国—老挝人工智能创新合作中心在万象揭牌。")).toEqual([]);
    expect(slugs("新华社马尼拉电 阿里云宣布在菲律宾马尼拉开服新地域，为当地客户提供云计算服务。")).toEqual([]);
  });

  it("reads a catalogue name in another language, or with a country spelt otherwise, as the English words it stands for", () => {
    // "Viet Nam" in the name is "Việt Nam" in the article; the Vietnamese alias's syllables are no rare words.
    expect(slugs("Trung Quốc và Việt Nam đẩy mạnh hợp tác AI trong năm nay.")).toEqual(["vietnam-ai"]);
    expect(slugs("Trung Quốc và Việt Nam đẩy mạnh hợp tác kinh tế trong năm nay.")).toEqual([]);
  });

  it("knows the name words journalists use: protocol, and the Vietnamese 'X số' for digital X", () => {
    expect(slugs("中国—东盟自贸区3.0版升级议定书正式签署。")).toEqual(["acfta-3"]);
    expect(slugs("Thành lập Liên minh Giáo dục số Trung Quốc - ASEAN tại Quý Châu.")).toEqual(["education-alliance"]);
  });

  it("does not describe a member state's initiative when the title is about another member state", () => {
    const text = "该中心上月还与泰国机构签署了人工智能合作备忘录。";
    expect(slugs(text)).toEqual(["thailand-ai"]);
    expect(linkDescribed(text, "中老人工智能合作中心首批项目落地").map((m) => m.slug)).toEqual([]);
  });

  it("links a member state's name its words describe, not one that merely contains them", () => {
    // "Malaysia City Brain (Alibaba Cloud) …" holds these words too, but they describe little of it.
    expect(slugs("Alibaba Cloud opens its third data centre in Malaysia this week.")).toEqual(["alibaba-cloud-kl"]);
  });

  it("does not link words scattered over the lead, words only found after the lead, or names of common words", () => {
    const scattered =
      "ByteDance reported results. " +
      "Markets were calm all week and analysts said little. ".repeat(3) +
      "A data centre opened in Johor.";
    expect(scattered.length).toBeLessThan(LEAD_CHARS);
    expect(slugs(scattered)).toEqual([]);
    expect(slugs("x ".repeat(LEAD_CHARS) + "ByteDance will build a data centre in Johor as an AI hub.")).toEqual([]);
    expect(slugs("China and ASEAN deepen digital cooperation, officials said.")).toEqual([]);
  });

  it("never links on one rare word alone", () => {
    expect(slugs("Johor announced new investment rules for Malaysia.")).toEqual([]);
  });

  it("reads the title as part of the lead, and points the evidence into the text", () => {
    const text = "The company said on Monday it would build the facility as its regional AI hub near Johor.";
    expect(slugs(text)).toEqual([]);
    const [match] = linkDescribed(text, "ByteDance to build Malaysian data centre");
    expect(match?.slug).toBe("bytedance-johor");
    expect(text.slice(match!.start, match!.end)).toMatch(/AI hub near Johor$/u);
  });

  it("links a name without rare words by a combination of its words no other initiative has, its head among them", () => {
    // No word of "Alibaba Cloud Philippines region" is rare; "Manila" is, and the article does not say it.
    expect(slugs("Alibaba Cloud opens its second data centre in the Philippines as AI demand grows.")).toEqual([
      "alibaba-cloud-manila",
    ]);
    // "TikTok" is written as the alternative of the head "ByteDance".
    expect(slugs("TikTok will put data hosting investment into Thailand worth US$3.8 billion.")).toEqual([
      "bytedance-thailand",
    ]);
    // Two rare words, the head among them, name it too.
    expect(slugs("DayOne expands in Batam, Indonesia's free-trade island, as demand grows.")).toEqual(["dayone-batam"]);
    // Without its head the same words are someone else's: a data centre in Johor is not ByteDance's.
    expect(slugs("Johor is to host a new AI hub and data centre campus, Malaysia's minister said.")).toEqual([]);
  });
});

describe("subject or passing mention", () => {
  const catalog: Catalog = { initiatives, actors: [] };
  const extract = createExtractor(catalog);
  const confidenceOf = (text: string, slug: string) =>
    extract({ text }).initiatives.find((i) => i.slug === slug)?.confidence;
  const lead =
    "SEA-H2X submarine cable enters service. The operator switched on the SEA-H2X submarine cable between Hong Kong and Singapore.";
  const filler =
    " Traffic grew across the region, the operator said, and more capacity is planned for the coming years.".repeat(4);

  it("keeps the lead's subject confident and drops a name mentioned once further down below the suggestion threshold", () => {
    const text = `${lead}${filler} It complements existing systems such as the Asia Direct Cable.`;
    expect(confidenceOf(text, "sea-h2x")).toBeGreaterThanOrEqual(CONFIDENT_LINK);
    expect(confidenceOf(text, "adc")).toBeLessThan(LINK_SUGGESTION_THRESHOLD);
  });

  it("keeps a later mention that the article reports something dated about, or names more than once", () => {
    const dated = `${lead}${filler} The Asia Direct Cable was completed in March 2024.`;
    expect(confidenceOf(dated, "adc")).toBeGreaterThanOrEqual(LINK_SUGGESTION_THRESHOLD);
    const twice = `${lead}${filler} It complements the Asia Direct Cable. The Asia Direct Cable lands in Chikura.`;
    expect(confidenceOf(twice, "adc")).toBeGreaterThanOrEqual(LINK_SUGGESTION_THRESHOLD);
  });

  it("suggests a name found only after the lead, but not with high confidence", () => {
    const text = `Regional connectivity is growing.${filler} It complements the Asia Direct Cable.`;
    expect(confidenceOf(text, "adc")).toBeGreaterThanOrEqual(LINK_SUGGESTION_THRESHOLD);
    expect(confidenceOf(text, "adc")).toBeLessThan(CONFIDENT_LINK);
  });

  it("takes a name in the title as the subject wherever the text names it", () => {
    const text = `Regional connectivity is growing.${filler} It complements the Asia Direct Cable.`;
    const x = extract({ text, title: "Asia Direct Cable doubles its capacity" });
    expect(x.initiatives.find((i) => i.slug === "adc")?.confidence).toBeGreaterThanOrEqual(CONFIDENT_LINK);
  });

  it("does not take a venue for the subject: a forum named as the setting of something else", () => {
    const venue = (setting: string) =>
      `${setting} the operator switched on the SEA-H2X submarine cable between Hong Kong and Singapore.${filler}`;
    for (const setting of [
      "On the sidelines of the 22nd Asia Direct Cable",
      "在第22届Asia Direct Cable期间，",
      "Trong khuôn khổ Asia Direct Cable,",
      "Di sela Asia Direct Cable,",
    ]) {
      expect(confidenceOf(venue(setting), "adc"), setting).toBeLessThan(LINK_SUGGESTION_THRESHOLD);
      expect(confidenceOf(venue(setting), "sea-h2x"), setting).toBeGreaterThanOrEqual(CONFIDENT_LINK);
    }
    // The same name as the subject of its own sentence stays linked.
    expect(confidenceOf(`The Asia Direct Cable was switched on.${filler}`, "adc")).toBeGreaterThanOrEqual(
      CONFIDENT_LINK,
    );
  });
});
