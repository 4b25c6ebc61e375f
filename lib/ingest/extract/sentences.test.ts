import { describe, expect, it } from "vitest";
import { sentenceAt, splitSentences } from "./sentences";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("does not split at German ordinals, dotted dates or abbreviations", () => {
    expect(sentences("Das 5. ASEAN-Treffen fand am 22. Januar 2025 statt. Danach z. B. mehr.")).toEqual([
      "Das 5. ASEAN-Treffen fand am 22. Januar 2025 statt.",
      "Danach z. B. mehr.",
    ]);
    expect(sentences("NANNING, Sept. 18 was busy. Dr. Wang spoke in the U.S. today. Fine.")).toEqual([
      "NANNING, Sept. 18 was busy.",
      "Dr. Wang spoke in the U.S. today.",
      "Fine.",
    ]);
  });

  it("splits Chinese at full-width punctuation and keeps closing quotes", () => {
    expect(sentences("峰会开幕。“合作将深化。”双方表示！")).toEqual(["峰会开幕。", "“合作将深化。”", "双方表示！"]);
    expect(sentences("Er sagte: „Der Plan kommt.“ Danach ging er.")).toEqual([
      "Er sagte: „Der Plan kommt.“",
      "Danach ging er.",
    ]);
  });

  it("ends sentences at line breaks and finds the sentence for an offset", () => {
    const text = "Headline\nFirst sentence. Second one.";
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Headline", "First sentence.", "Second one."]);
    const at = sentenceAt(spans, text.indexOf("Second"));
    expect(at && text.slice(at.start, at.end)).toBe("Second one.");
  });
});
