// A status-stacked chart as a standalone SVG for the download buttons, drawn from the rows and the count scale the
// on-page HTML bars use (stack-bars.tsx), with the theme's colours resolved into it.
import type { StackRow } from "@/lib/stats/stack";
import type { Status } from "@/lib/vocabulary/statuses";
import { countScale } from "./stack-scale";
import { color, esc, type Palette, statusPatternDefs, svgDocument } from "./svg-text";

const WIDTH = 640;
const LABELS = 150;
const AXIS = 22;

type Options = { rows: readonly StackRow[]; statuses: readonly Status[]; orientation: "bars" | "columns"; height: number; title: string };

export function buildStackSvg({ rows, statuses, orientation, height, title }: Options, palette: Palette): string {
  const scale = countScale(Math.max(0, ...rows.map((r) => r.total)));
  const muted = color(palette, "muted", "#666");
  const line = color(palette, "line", "#ddd");
  const paper = color(palette, "paper", "#fff");
  const isBars = orientation === "bars";
  const origin = isBars ? LABELS : 36;
  const track = isBars ? WIDTH - origin - 16 : height - AXIS - 8;
  const band = (isBars ? height - AXIS - 8 : WIDTH - origin - 8) / Math.max(1, rows.length);
  const at = (count: number) => (scale.pct(count) / 100) * track;
  const text = (x: number, y: number, anchor: string, value: string) => `<text x="${x}" y="${y}" font-size="11" text-anchor="${anchor}" fill="${muted}">${esc(value)}</text>`;
  const parts: string[] = [`<defs>${statusPatternDefs(palette, "sb")}</defs>`];
  for (const tick of scale.ticks) {
    if (isBars) {
      const x = origin + at(tick);
      parts.push(`<line x1="${x}" x2="${x}" y1="8" y2="${height - AXIS}" stroke="${line}"/>`, text(x, height - 6, "middle", String(tick)));
    } else {
      const y = 8 + track - at(tick);
      parts.push(`<line x1="${origin}" x2="${WIDTH - 8}" y1="${y}" y2="${y}" stroke="${line}"/>`, text(origin - 6, y + 4, "end", String(tick)));
    }
  }
  rows.forEach((row, i) => {
    const middle = (isBars ? 8 : origin) + band * (i + 0.5);
    const label = row.label.length > 22 ? `${row.label.slice(0, 20)}…` : row.label;
    parts.push(isBars ? text(origin - 6, middle + 4, "end", label) : text(middle, height - 6, "middle", label));
    let offset = 0;
    for (const status of statuses) {
      const size = at(row.counts[status]);
      if (!size) continue;
      const thick = band * 0.75;
      const [x, y, w, h] = isBars ? [origin + offset, middle - thick / 2, size, thick] : [middle - thick / 2, 8 + track - offset - size, thick, size];
      parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#sb-${status})" stroke="${paper}" stroke-width="1"><title>${esc(`${row.label}: ${row.counts[status]}`)}</title></rect>`);
      offset += size;
    }
  });
  return svgDocument(WIDTH, height, title, palette, parts.join(""));
}
