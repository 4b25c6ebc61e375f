import { describe, expect, it } from "vitest";
import { splitHighlights } from "./highlighted-text";

describe("splitHighlights", () => {
  it("splits marked words into highlighted parts", () => {
    expect(splitHighlights("a \u0002cable\u0003 and \u0002Kabel\u0003.")).toEqual([
      { text: "a ", isMatch: false },
      { text: "cable", isMatch: true },
      { text: " and ", isMatch: false },
      { text: "Kabel", isMatch: true },
      { text: ".", isMatch: false },
    ]);
  });

  it("never lets markup through and tolerates unbalanced markers", () => {
    expect(splitHighlights("<b>x</b>")).toEqual([{ text: "<b>x</b>", isMatch: false }]);
    expect(splitHighlights("end\u0003 \u0002open")).toEqual([
      { text: "end ", isMatch: false },
      { text: "open", isMatch: true },
    ]);
    expect(splitHighlights("")).toEqual([]);
  });
});
