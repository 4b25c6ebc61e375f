import { describe, expect, it } from "vitest";
import { EVAL_ARTICLES } from "@/lib/ingest/eval/eval-set";
import { createExtractor, extractArticle } from "./extract";
import type { Catalog, Evidence, Extraction } from "./types";

// A small catalog made here, so the test does not depend on the demo seed.
const catalog: Catalog = {
  initiatives: [
    {
      slug: "ai-centre",
      name: "China-ASEAN AI Innovation Cooperation Center",
      aliases: ["中国—东盟人工智能创新合作中心"],
    },
    { slug: "adc", name: "Asia Direct Cable", aliases: ["ADC", "亚洲直达海缆"] },
    {
      slug: "cable-association",
      name: "Asian submarine cable association",
      aliases: ["asiatischer Unterseekabelverband"],
    },
  ],
  actors: [{ slug: "asean", name: "Association of Southeast Asian Nations", aliases: ["ASEAN", "东盟"] }],
};
const extract = createExtractor(catalog);

function allEvidence(x: Extraction): Evidence[] {
  return [
    ...x.countries.flatMap((c) => c.evidence),
    ...x.domains.flatMap((d) => d.evidence),
    ...x.initiatives.flatMap((i) => i.evidence),
    ...x.actors.flatMap((a) => a.evidence),
    ...x.events.flatMap((e) => e.evidence),
  ];
}

describe("extractArticle", () => {
  it("returns the API shape with evidence for every suggestion", () => {
    const text =
      "Share\nHome> International\n\nChina und ASEAN planen ein China-ASEAN-Kooperationszentrum. Die Gründung eines asiatischen Unterseekabelverbands wurde letzte Woche in Thailand vereinbart.\n\nSchlagworte: Vietnam, KI";
    const x = extractArticle({ text, publishedOn: "2025-01-22" }, catalog);
    expect(x.language).toBe("de");
    expect(x.countries.map((c) => c.code)).toEqual(["CN", "TH"]);
    expect(x.domains.map((d) => d.slug)).toEqual(["submarine-cables"]);
    expect(x.initiatives.find((i) => i.slug === "cable-association")?.evidence[0]?.quote).toBe(
      "asiatischen Unterseekabelverbands",
    );
    expect(x.actors.map((a) => a.slug)).toEqual(["asean"]);
    expect(x.events).toEqual([
      expect.objectContaining({
        date: "2025-01",
        precision: "month",
        resolved: true,
        text: expect.stringContaining("letzte Woche"),
      }),
    ]);
    for (const d of x.domains) expect(d.confidence).toBeGreaterThanOrEqual(0);
  });

  it("uses the given language instead of detecting one", () => {
    expect(extract({ text: "China and Laos", language: "en-GB" }).language).toBe("en");
  });

  it("reads a Traditional Chinese article with the Simplified lexicons and quotes it as written", () => {
    const text = "中國與東協在南寧簽署協議，雙方將共建中國—東盟人工智能創新合作中心，並在馬來西亞興建資料中心。";
    const x = extract({ text });
    expect(x.initiatives.map((i) => i.slug)).toContain("ai-centre");
    expect(x.countries.map((c) => c.code).sort()).toEqual(["CN", "MY"]);
    expect(x.domains.map((d) => d.slug)).toEqual(expect.arrayContaining(["ai", "data-centres"]));
    for (const e of allEvidence(x)) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(x.countries.find((c) => c.code === "MY")!.evidence[0]!.quote).toBe("馬來西亞");
  });

  it("finds a Thai alias inside a run of Thai letters, where Thai puts no space", () => {
    const thai = createExtractor({
      initiatives: [
        { slug: "mbridge", name: "Project mBridge", aliases: ["โครงการ mBridge", "สถานีวิจัยดวงจันทร์นานาชาติ"] },
      ],
      actors: [],
    });
    // "เข้าร่วมโครงการ" (joined the project) and "ความร่วมมือสถานีวิจัย…" run the alias into the words before it.
    for (const [text, quote] of [
      ["ธปท.เข้าร่วมโครงการ mBridge กับจีนเมื่อปี 2564", "โครงการ mBridge"],
      ["ไทยและจีนลงนามความร่วมมือสถานีวิจัยดวงจันทร์นานาชาติเมื่อวันที่ 24 เมษายน 2567", "สถานีวิจัยดวงจันทร์นานาชาติ"],
    ] as const) {
      const link = thai({ text, language: "th" }).initiatives.find((i) => i.slug === "mbridge");
      expect(link?.evidence[0]?.quote, text).toBe(quote);
      expect(link?.confidence, text).toBe(1);
    }
  });

  it("suggests nothing from page chrome alone", () => {
    const chrome = [
      "U.S. markets open in 3 hours",
      "Share",
      "Diesen Artikel DruckenMerkenSendenFeedback",
      "We use cookies. Accept | Manage preferences",
      "Quelle: german.china.org.cn",
      "Schlagworte: China,ASEAN,KI,Cloud-Computing,Vietnam",
      "Related articles",
      "Indonesia, Malaysia sign 5G roaming deal with China",
      "",
      "Subscribe to our newsletter",
      "Home> International",
      "Editor: Li Ming",
      "责任编辑：李明",
      "Copyright © 2025 Xinhua. All rights reserved.",
      "22.01.2025",
    ].join("\n");
    const x = extract({ text: chrome, publishedOn: "2025-01-22" });
    expect({ ...x, language: "-" }).toEqual({
      language: "-",
      countries: [],
      domains: [],
      initiatives: [],
      actors: [],
      events: [],
    });
  });

  // The invariant the review UI relies on: every quote can be highlighted by its offsets.
  it("keeps text.slice(start, end) === quote for every evidence on every evaluation article", () => {
    let checked = 0;
    for (const article of EVAL_ARTICLES) {
      for (const text of [article.text, article.text.replace(/\n/gu, "\r\n"), `  ${article.text}\n\n`]) {
        const x = extract({ text, title: article.title, publishedOn: article.publishedOn });
        for (const e of allEvidence(x)) {
          expect(text.slice(e.start, e.end)).toBe(e.quote);
          expect(e.quote.length).toBeGreaterThan(0);
          checked++;
        }
        for (const event of x.events) expect(text).toContain(event.text);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
