import { describe, expect, it } from "vitest";
import { canonicalizeUrl, sourceContentHash } from "./identity";

describe("canonicalizeUrl", () => {
  it("removes what does not identify the article", () => {
    expect(canonicalizeUrl("HTTPS://Example.COM/a/b/?utm_source=x&id=3#top")).toBe("https://example.com/a/b?id=3");
    expect(canonicalizeUrl("http://example.com:80/x/")).toBe("http://example.com/x");
  });
  it("keeps parameters that identify the page, in a stable order", () => {
    expect(canonicalizeUrl("https://e.com/p?b=2&a=1")).toBe(canonicalizeUrl("https://e.com/p?a=1&b=2"));
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
