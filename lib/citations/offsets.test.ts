import { describe, expect, it } from "vitest";
import { passageAt } from "./offsets";

describe("passageAt", () => {
  it("uses textarea offsets as they are for LF text", () => {
    expect(passageAt("one two three", 4, 7)).toEqual({ quote: "two", quoteStart: 4, quoteEnd: 7 });
  });
  it("maps offsets past CRLF line ends back into the stored text", () => {
    const text = "line one\r\nline two\r\nline three";
    const shown = text.replace(/\r\n/g, "\n");
    const start = shown.indexOf("line three");
    expect(passageAt(text, start, start + 10)).toEqual({ quote: "line three", quoteStart: text.indexOf("line three"), quoteEnd: text.length });
  });
});
