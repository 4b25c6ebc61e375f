import { describe, expect, it } from "vitest";
import { buildStream, editDistance, stem, tokenize } from "./normalise";

describe("stem", () => {
  it("makes spelling and inflection variants equal", () => {
    expect(stem("Centre")).toBe(stem("Centers"));
    expect(stem("Programme")).toBe(stem("program"));
    expect(stem("asiatischen")).toBe(stem("asiatischer"));
    expect(stem("Unterseekabelverbands")).toBe(stem("Unterseekabelverband"));
    expect(stem("Kooperationszentrum")).toBe(stem("Kooperationscenter"));
    expect(stem("Ministers’")).toBe(stem("Ministers"));
    expect(stem("5G")).toBe("5g");
    expect(stem("中")).toBe("中");
  });
});

describe("tokenize", () => {
  it("splits Han characters and keeps offsets into the text", () => {
    const text = "China–ASEAN 信息港 (3.0版)";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(["China", "ASEAN", "信", "息", "港", "3", "0", "版"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it("drops function words so 'and'/'für'/'的' variants still match", () => {
    expect(tokenize("Innovation and Cooperation").map((t) => t.raw)).toEqual(["Innovation", "Cooperation"]);
    expect(tokenize("中国的东盟").map((t) => t.raw)).toEqual(["中", "国", "东", "盟"]);
  });
});

describe("buildStream", () => {
  it("glues stems so compounds and spaced forms compare equal", () => {
    expect(buildStream(tokenize("data center")).squashed).toBe(buildStream(tokenize("Data-Centre")).squashed);
    expect(buildStream(tokenize("Unterseekabel Verband")).squashed).toBe(
      buildStream(tokenize("Unterseekabelverband")).squashed,
    );
  });
});

describe("editDistance", () => {
  it("counts edits including transpositions, capped at max + 1", () => {
    expect(editDistance("partnership", "partnersihp", 1)).toBe(1);
    expect(editDistance("innovation", "inovation", 1)).toBe(1);
    expect(editDistance("cooperation", "corporation", 1)).toBe(2);
    expect(editDistance("abc", "abcdef", 1)).toBe(2);
  });
});
