import { describe, expect, it } from "vitest";
import { findChrome, isChromeLine, maskSpans } from "./chrome";

// prettier-ignore
const masked = (text: string) => maskSpans(text, findChrome(text));

describe("isChromeLine", () => {
  it.each([
    "U.S. markets open in 3 hours",
    "Share",
    "Share: Facebook | Twitter | Zalo",
    "Diesen Artikel DruckenMerkenSendenFeedback",
    "Drucken | Teilen | Merken",
    "分享到： 微信 微博 QQ空间",
    "打印 关闭",
    "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.",
    "本网站使用cookie以提升您的浏览体验，继续浏览即表示您同意我们的隐私政策。",
    "Quelle: german.china.org.cn",
    "Schlagworte: China,ASEAN,Zusammenarbeit,KI,Cloud-Computing",
    "Tags: ASEAN, DEFA, digital trade, China, Thailand",
    "Home> International",
    "Startseite > Technologie > Digitalisierung",
    "首页 > 新闻中心 > 广西要闻",
    "Copyright © 2025 Capacity Media Ltd.",
    "© Handelsblatt GmbH – Alle Rechte vorbehalten",
    "Editor: Wang Fang",
    "责任编辑：李明",
    "Subscribe to our newsletter",
    "Related articles",
    "By Priya Raman | 20 June 2025",
    "22.01.2025",
    "2025-04-09 10:32  来源：广西日报",
    "german.china.org.cn  |",
  ])("treats %j as chrome", (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    "Home Affairs Minister Saifuddin Nasution said the rules would change.",
    "记者从自治区通信管理局获悉，中国—东盟信息港建设持续提速。",
    "By 2030, the region's digital economy could reach US$2 trillion.",
    "Von 2021 bis 2025 wuchs der Handel stark.",
    "China und ASEAN",
    "Quellen zufolge wird das Abkommen bald unterzeichnet.",
  ])("keeps article prose %j", (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe("findChrome", () => {
  it("masks related-article teasers after their heading", () => {
    const text =
      "China and Laos opened a centre.\n\nRelated articles\nIndonesia, Malaysia sign 5G deal\nSingapore lifts moratorium";
    const out = masked(text);
    expect(out).toContain("China and Laos opened a centre.");
    expect(out).not.toContain("Indonesia");
    expect(out).not.toContain("Singapore");
  });

  it("masks agency datelines and editor notes inside prose lines", () => {
    const text =
      "新华社南宁9月17日电（记者 黄耀漫）峰会17日在南宁开幕。【责任编辑：王珊】\nNANNING, Sept. 18 (Xinhua) -- China and ASEAN met.";
    const out = masked(text);
    expect(out).not.toContain("9月17日电");
    expect(out).not.toContain("责任编辑");
    expect(out).toContain("峰会17日在南宁开幕。");
    expect(out).not.toContain("Sept. 18");
    expect(out).toContain("China and ASEAN met.");
  });

  it("keeps the text length and line breaks, so offsets stay valid", () => {
    const text = "Share\nChina and Viet Nam signed.\nQuelle: Xinhua";
    const out = masked(text);
    expect(out).toHaveLength(text.length);
    expect(out.split("\n")).toHaveLength(3);
    expect(out.indexOf("Viet Nam")).toBe(text.indexOf("Viet Nam"));
  });
});
