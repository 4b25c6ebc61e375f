import { describe, expect, it } from "vitest";
import { locatePassages, splitIntoRuns } from "./passages";

const text = "The centre opened in Vientiane on 12 May 2024. A second phase is planned for 2026.";

describe("cited passages", () => {
  it("uses offsets that select the quote, and finds quotes whose offsets are missing or stale", () => {
    const located = locatePassages(text, [
      { id: 1, quote: "opened in Vientiane", quoteStart: 11, quoteEnd: 30 },
      { id: 2, quote: "second phase", quoteStart: 0, quoteEnd: 5 },
      { id: 3, quote: "planned for\n2026", quoteStart: null, quoteEnd: null },
      { id: 4, quote: "not in the text", quoteStart: null, quoteEnd: null },
      { id: 5, quote: null, quoteStart: null, quoteEnd: null },
    ]);
    expect(located).toEqual([
      { id: 1, start: 11, end: 30 },
      { id: 2, start: 49, end: 61 },
      { id: 3, start: 65, end: 81 },
    ]);
    expect(text.slice(11, 30)).toBe("opened in Vientiane");
  });

  it("cuts the text into runs that mark every covering passage once at its start", () => {
    const runs = splitIntoRuns(text, [
      { id: 1, start: 4, end: 30 },
      { id: 2, start: 11, end: 17 },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.map((r) => [r.text, r.citationIds, r.startsCitationIds])).toEqual([
      ["The ", [], []],
      ["centre ", [1], [1]],
      ["opened", [1, 2], [2]],
      [" in Vientiane", [1], []],
      [" on 12 May 2024. A second phase is planned for 2026.", [], []],
    ]);
  });

  it("returns the whole text as one run when nothing is cited", () => {
    expect(splitIntoRuns("abc", [])).toEqual([{ text: "abc", start: 0, citationIds: [], startsCitationIds: [] }]);
  });
});
