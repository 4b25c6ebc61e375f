import { describe, expect, it } from "vitest";
import { pivotStatusCells } from "@/lib/stats/stack";
import { buildStackSvg } from "./stack-svg";

const rows = pivotStatusCells(
  [
    { key: "5g", status: "operational", count: 4 },
    { key: "5g", status: "proposed", count: 2 },
    { key: "ai", status: "agreed", count: 1 },
  ],
  [
    { key: "5g", label: "5G" },
    { key: "ai", label: "AI & <robots>" },
    { key: "iot", label: "Internet of Things" },
  ],
);

describe("buildStackSvg", () => {
  for (const orientation of ["bars", "columns"] as const) {
    it(`draws one segment per non-zero count, on the page's scale (${orientation})`, () => {
      const svg = buildStackSvg({ rows, statuses: ["proposed", "agreed", "operational"], orientation, height: 300, title: "Status by domain" }, {});
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="300"/);
      expect(svg.match(/<rect [^>]*fill="url\(#sb-/g)).toHaveLength(3);
      expect(svg).toContain("<title>5G: 4</title>");
      expect(svg).toContain("AI &#38; &#60;robots&#62;");
      // The count axis is the on-page one: 0 to 6 in steps of 2.
      expect([...svg.matchAll(/>(\d+)<\/text>/g)].map((m) => m[1])).toEqual(["0", "2", "4", "6"]);
    });
  }
});
