import { describe, expect, it } from "vitest";
import { buildTimelineSvg } from "./timeline-svg";

const palette = { paper: "#fff", ink: "#111", "status-operational": "#007556" };

describe("buildTimelineSvg", () => {
  const svg = buildTimelineSvg(
    [
      {
        id: 1, slug: "a", name: "Cable <A&B>", status: "operational", startOn: "2020-01-01", endOn: "2022-06-01",
        milestones: [
          { id: 1, kind: "signed", description: "Signed", date: "2020-03-01", precision: "month", isPlanned: false },
          { id: 2, kind: "in-service", description: "In service", date: "2031-01-01", precision: "year", isPlanned: true },
        ],
      },
    ],
    { start: 2019, end: 2025 },
    "2024-05-01",
    palette,
    "Timeline",
  );

  it("is a standalone document with escaped text and concrete colours", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("Cable &#60;A&#38;B&#62;");
    expect(svg).toContain('fill="#007556"');
    expect(svg).not.toContain("var(--");
  });

  it("draws the bar, the milestones inside the range only, and today", () => {
    expect(svg).toContain('fill="url(#tl-operational)"');
    expect(svg).toContain("Signed (Mar 2020)");
    expect(svg).not.toContain("In service");
    expect(svg).toContain(">today<");
  });
});
