import { describe, expect, it } from "vitest";
import { foldTraditional } from "./traditional";

describe("foldTraditional", () => {
  it("reads a Traditional headline as Simplified, character for character", () => {
    const text = "大陸與東協簽署自貿區3.0升級版議定書";
    const folded = foldTraditional(text);
    expect(folded).toBe("大陆与东盟签署自贸区3.0升级版议定书");
    expect(folded).toHaveLength(text.length);
  });

  it("leaves Simplified text, a lone Traditional character and non-Chinese text alone", () => {
    const simplified = "中国与东盟签署自贸区3.0版升级议定书，著名学者出席。";
    expect(foldTraditional(simplified)).toBe(simplified);
    expect(foldTraditional("Bridge Data Centres 將 build in Johor")).toBe("Bridge Data Centres 將 build in Johor");
    expect(foldTraditional("Trung tâm dữ liệu")).toBe("Trung tâm dữ liệu");
    // "数位专家" is "several experts" in Simplified: Taiwan's word for digital is only read so in Traditional text.
    expect(foldTraditional("数位专家出席中国—东协论坛")).toBe("数位专家出席中国—东盟论坛");
  });

  it("reads Taiwan's and Hong Kong's words as the Mainland's, keeping the length", () => {
    const text = "資料中心將在馬來西亞興建，數位經濟與人工智慧";
    const folded = foldTraditional(text);
    expect(folded).toBe("数据中心将在马来西亚兴建，数字经济与人工智能");
    expect(folded).toHaveLength(text.length);
  });
});
