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

describe("status-change suggestions", () => {
  const extract = createExtractor({
    initiatives: [
      { slug: "asia-direct-cable", name: "Asia Direct Cable", aliases: ["ADC"] },
      { slug: "asia-link-cable", name: "Asia Link Cable", aliases: [] },
    ],
    actors: [],
  });
  const statusChanges = (text: string, statuses: Record<string, "in-progress" | "operational" | "completed">) =>
    buildSuggestions(text, extract({ text, publishedOn: "2025-06-20" }), "2025-06-20", new Map(Object.entries(statuses))).filter((d) => d.kind === "status-change");

  it("proposes the status an event implies, from the current one, with the event's date and the passage as citation", () => {
    const text = "Regional news. The Asia Direct Cable entered commercial service on 16 June 2025, its owners said.";
    const [draft, ...rest] = statusChanges(text, { "asia-direct-cable": "in-progress" });
    expect(rest).toHaveLength(0);
    expect(draft!.payload).toMatchObject({ initiativeSlug: "asia-direct-cable", fromStatus: "in-progress", toStatus: "operational", effectiveOn: "2025-06-16", precision: "day", eventKind: "in-service", backwards: false });
    expect(draft!.quote).toBe("The Asia Direct Cable entered commercial service on 16 June 2025, its owners said.");
    expect(text.slice(draft!.quoteStart, draft!.quoteEnd)).toBe(draft!.quote);
  });

  it("flags a step backwards and ranks it low; proposes nothing when the status is already the one reported", () => {
    const text = "Construction of the Asia Direct Cable began on 2 March 2023, the consortium recalled.";
    const [draft] = statusChanges(text, { "asia-direct-cable": "operational" });
    expect(draft!.payload).toMatchObject({ fromStatus: "operational", toStatus: "in-progress", backwards: true });
    expect(draft!.confidence).toBeLessThan(0.6);
    expect(statusChanges(text, { "asia-direct-cable": "in-progress" })).toHaveLength(0);
  });

  it("proposes nothing for a vague or planned event, without statuses, or where the passage names another initiative", () => {
    expect(statusChanges("The Asia Direct Cable hosted visitors on 16 June 2025.", { "asia-direct-cable": "in-progress" })).toHaveLength(0);
    expect(statusChanges("The Asia Direct Cable will enter service in 2026.", { "asia-direct-cable": "in-progress" })).toHaveLength(0);
    const text = "The Asia Direct Cable entered commercial service on 16 June 2025.";
    expect(buildSuggestions(text, extract({ text }), "2025-06-20").filter((d) => d.kind === "status-change")).toHaveLength(0);
    const two = "The Asia Link Cable is planned. Separately, a landing entered commercial service on 16 June 2025. The Asia Direct Cable was mentioned too.";
    expect(statusChanges(two, { "asia-direct-cable": "in-progress", "asia-link-cable": "in-progress" })).toHaveLength(0);
  });

  it("reads a passage that refers back to the article's only initiative, never one about something else", () => {
    const text = "The Asia Direct Cable links six economies. The cable was switched on on 3 May 2025, the operator said. A rival cable was abandoned in 2021.";
    const drafts = statusChanges(text, { "asia-direct-cable": "in-progress" });
    expect(drafts.map((d) => d.payload)).toEqual([expect.objectContaining({ initiativeSlug: "asia-direct-cable", toStatus: "operational", effectiveOn: "2025-05-03" })]);
  });

  it("reads the initiative where the event is reported, not in a later clause with its own subject", () => {
    const text = "In 2025 the Asia Link Cable entered service, and the Asia Direct Cable landed in Batangas.";
    const drafts = statusChanges(text, { "asia-direct-cable": "in-progress", "asia-link-cable": "in-progress" });
    expect(drafts.map((d) => d.payload)).toEqual([expect.objectContaining({ initiativeSlug: "asia-link-cable", toStatus: "operational" })]);
    const list = "In 2024 a data hub was put into service, then the Asia Direct Cable landed in Batangas.";
    expect(statusChanges(list, { "asia-direct-cable": "in-progress" })).toHaveLength(0);
  });

  it("dates an undated report by the article, ranked lower, and only forward", () => {
    const text = "The Asia Direct Cable enters service\n\nOperators celebrated in Singapore.";
    const [draft, ...rest] = statusChanges(text, { "asia-direct-cable": "in-progress" });
    expect(rest).toHaveLength(0);
    expect(draft!.payload).toMatchObject({ initiativeSlug: "asia-direct-cable", toStatus: "operational", effectiveOn: "2025-06-20", precision: "day" });
    expect(draft!.confidence).toBeLessThan(1);
    expect(statusChanges("A photo shows the Asia Direct Cable under construction.", { "asia-direct-cable": "operational" })).toHaveLength(0);
  });

  it("reads the cues of a Traditional Chinese text", () => {
    const text = "Asia Direct Cable於2025年6月16日正式投入使用，營運商表示。";
    expect(statusChanges(text, { "asia-direct-cable": "in-progress" }).map((d) => d.payload)).toEqual([
      expect.objectContaining({ initiativeSlug: "asia-direct-cable", toStatus: "operational", effectiveOn: "2025-06-16" }),
    ]);
    const signed = "雙方簽署Asia Direct Cable建設協議\n\n記者報導。";
    expect(statusChanges(signed, { "asia-direct-cable": "proposed" } as never).map((d) => d.payload)).toEqual([expect.objectContaining({ toStatus: "agreed" })]);
  });

  it("gives a replacement to the initiative replaced, named first", () => {
    const text = "The Asia Link Cable was replaced by the Asia Direct Cable in 2024, the consortium said.";
    const [draft, ...rest] = statusChanges(text, { "asia-direct-cable": "operational", "asia-link-cable": "in-progress" });
    expect(rest).toHaveLength(0);
    expect(draft!.payload).toMatchObject({ initiativeSlug: "asia-link-cable", toStatus: "superseded", effectiveOn: "2024", backwards: false });
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
