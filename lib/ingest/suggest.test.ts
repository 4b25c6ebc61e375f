import { describe, expect, it } from "vitest";
import { createExtractor } from "./extract/extract";
import { describeEvent, guessIsPlanned, guessMilestoneKind } from "./milestone-hints";
import { buildSuggestions, createPassageFinder } from "./suggest";

describe("passages", () => {
  const text = "Share\nChina and Laos signed an MoU on 2 April 2025. The centre opens in 2026.\n\nRelated";
  const at = createPassageFinder(text);

  it("is the sentence around the evidence, at its offsets", () => {
    const start = text.indexOf("2 April 2025");
    const p = at(start, start + 12);
    expect(p.quote).toBe("China and Laos signed an MoU on 2 April 2025.");
    expect(text.slice(p.start, p.end)).toBe(p.quote);
  });

  it("is a window around the evidence in an overlong sentence, cut at whitespace", () => {
    const long = `${"word ".repeat(400)}Viet Nam ${"word ".repeat(400)}`.trim();
    const start = long.indexOf("Viet Nam");
    const p = createPassageFinder(long)(start, start + 8);
    expect(p.quote.length).toBeLessThanOrEqual(1000);
    expect(p.quote).toContain("Viet Nam");
    expect(long.slice(p.start, p.end)).toBe(p.quote);
    expect(p.quote).toMatch(/^word .* word$/);
  });
});

describe("suggestions from an extraction", () => {
  const extract = createExtractor({ initiatives: [{ slug: "asia-direct-cable", name: "Asia Direct Cable", aliases: ["ADC"] }], actors: [] });

  it("attaches each fact to the initiative named in its sentence and marks later periods as planned", () => {
    const text = "The Asia Direct Cable landed in Viet Nam on 12 March 2025. Unrelated: Malaysia plans data centres by 2027.";
    const drafts = buildSuggestions(text, extract({ text, publishedOn: "2025-03-20" }), "2025-03-20");
    for (const d of drafts) expect(text.slice(d.quoteStart, d.quoteEnd)).toBe(d.quote);
    const landed = drafts.find((d) => d.kind === "milestone" && (d.payload as { date: string }).date === "2025-03-12")!;
    expect(landed.payload).toMatchObject({ initiativeSlug: "asia-direct-cable", isPlanned: false });
    const later = drafts.find((d) => d.kind === "milestone" && (d.payload as { date: string }).date === "2027")!;
    expect(later.payload).toMatchObject({ isPlanned: true });
    expect(drafts.filter((d) => d.kind === "initiative-link")).toHaveLength(1);
    expect(drafts.find((d) => d.kind === "country" && (d.payload as { code: string }).code === "VN")!.payload).toMatchObject({ initiativeSlug: "asia-direct-cable" });
  });
});

describe("milestone hints", () => {
  it("guesses the kind from the verb, in three languages", () => {
    expect(guessMilestoneKind("The two sides signed an agreement at the summit.")).toBe("signed");
    expect(guessMilestoneKind("Das Zentrum wurde am Dienstag in Nanning eröffnet.")).toBe("launched");
    expect(guessMilestoneKind("中心于去年11月揭牌。")).toBe("launched");
    expect(guessMilestoneKind("Ministers met at the dialogue in Bangkok.")).toBe("meeting-held");
    expect(guessMilestoneKind("It rained.")).toBe("other");
  });

  it("plans what lies after the article's date; for the current period the sentence decides", () => {
    expect(guessIsPlanned("2026-Q1", "It opens in early 2026.", "2025-09-18")).toBe(true);
    expect(guessIsPlanned("2024", "It opened in 2024.", "2025-09-18")).toBe(false);
    expect(guessIsPlanned("2025-09", "The expo will take place in September.", "2025-09-18")).toBe(true);
    expect(guessIsPlanned("2025-09", "The expo took place in September.", "2025-09-18")).toBe(false);
  });

  it("describes an event by its sentence, shortened at a word", () => {
    expect(describeEvent("  A   short\nsentence. ")).toBe("A short sentence.");
    const d = describeEvent(`${"long ".repeat(100)}end`, 50);
    expect(d.length).toBeLessThanOrEqual(50);
    expect(d.endsWith("…")).toBe(true);
  });
});
