import { describe, expect, it } from "vitest";
import { canonicalizeUrl, looseText, sourceContentHash, textFingerprint } from "./identity";

describe("canonicalizeUrl", () => {
  it("removes what does not identify the article", () => {
    expect(canonicalizeUrl("HTTPS://Example.COM/a/b/?utm_source=x&id=3#top")).toBe("https://example.com/a/b?id=3");
    expect(canonicalizeUrl("http://example.com:80/x/")).toBe("https://example.com/x");
  });
  it("keeps parameters that identify the page, in a stable order", () => {
    expect(canonicalizeUrl("https://e.com/p?b=2&a=1")).toBe(canonicalizeUrl("https://e.com/p?a=1&b=2"));
    expect(canonicalizeUrl("https://e.com/news?id=7&page=2")).toBe("https://e.com/news?id=7&page=2");
  });
  it("treats http and https, www. and m. editions, and a trailing slash as one address", () => {
    const variants = [
      "http://www.news.example.org/2025/06/ai-centre/",
      "https://news.example.org/2025/06/ai-centre",
      "https://m.news.example.org/2025/06/ai-centre?utm_medium=social&utm_campaign=x",
      "https://www.news.example.org:443/2025/06/ai-centre#comments",
      "http://mobile.news.example.org/2025/06/ai-centre/?fbclid=abc&gclid=def&ref=homepage",
    ];
    expect(new Set(variants.map(canonicalizeUrl))).toEqual(new Set(["https://news.example.org/2025/06/ai-centre"]));
  });
  it("drops click ids and share marks but keeps a non-default port and the bare host of a two-label domain", () => {
    expect(canonicalizeUrl("https://e.com/a?spm=a2c.1&msclkid=9&igshid=1&mc_cid=2&_ga=3&id=5")).toBe("https://e.com/a?id=5");
    expect(canonicalizeUrl("http://example.com:8080/a")).toBe("https://example.com:8080/a");
    expect(canonicalizeUrl("https://m.com/a")).toBe("https://m.com/a");
    expect(canonicalizeUrl("https://www.gov.cn/a")).toBe("https://gov.cn/a");
  });
  it("refuses non-web and malformed URLs", () => {
    expect(canonicalizeUrl("javascript:alert(1)")).toBeNull();
    expect(canonicalizeUrl("not a url")).toBeNull();
  });
});

describe("sourceContentHash", () => {
  it("ignores whitespace differences in the text", () => {
    expect(sourceContentHash("A  text\n\nhere", null)).toBe(sourceContentHash("A text here", "https://other"));
  });
  it("falls back to the URL when no text is held", () => {
    expect(sourceContentHash(null, "https://a")).not.toBe(sourceContentHash(null, "https://b"));
    expect(sourceContentHash("", "https://a")).toBe(sourceContentHash(null, "https://a"));
  });
});

describe("textFingerprint", () => {
  it("is the same for copies that differ in case, punctuation, quotes, dashes and spacing", () => {
    const a = "China and ASEAN signed the “Digital Silk Road” MoU — on 12 June 2025.";
    const b = "china and asean signed the \"digital silk road\" MoU - on 12 June 2025";
    const c = "CHINA AND ASEAN SIGNED THE DIGITAL SILK ROAD MOU ON 12 JUNE 2025 !";
    expect(textFingerprint(a)).toBe(textFingerprint(b));
    expect(textFingerprint(a)).toBe(textFingerprint(c));
  });
  it("folds full-width forms and CJK punctuation", () => {
    expect(looseText("中国—东盟：数字经济合作年。")).toBe(looseText("中国 东盟 数字经济合作年"));
    expect(looseText("ＡＩ　Ｃｅｎｔｒｅ")).toBe("aicentre");
    expect(looseText("the U.S.-ASEAN plan")).toBe(looseText("the US ASEAN plan"));
  });
  it("still tells different words apart, and has nothing for a text without words", () => {
    expect(textFingerprint("signed on 12 June 2025")).not.toBe(textFingerprint("signed on 13 June 2025"));
    expect(textFingerprint(" — … ")).toBeNull();
    expect(textFingerprint(null)).toBeNull();
  });
});
