// The cross-initiative timeline as a standalone SVG, drawn from the same data and geometry as the on-page chart.
import { formatPartialDate } from "@/lib/dates/partial-date";
import { barLayout, isInRange, positionPercent, type YearRange, yearTicks } from "@/lib/stats/timeline-layout";
import type { TimelineRow } from "@/lib/stats/types";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { STATUS_SHAPES } from "@/components/ui/status-badge";
import { color, esc, type Palette, statusPatternDefs, svgDocument } from "./svg-text";

const WIDTH = 1100;
const NAMES = 300;
const ROW = 26;
const HEAD = 28;

export function buildTimelineSvg(rows: readonly TimelineRow[], range: YearRange, today: string, palette: Palette, title: string): string {
  const track = WIDTH - NAMES - 16;
  const x = (pct: number) => NAMES + (Math.min(100, Math.max(0, pct)) / 100) * track;
  const height = HEAD + rows.length * ROW + 8;
  const ink = color(palette, "ink");
  const muted = color(palette, "muted", "#666");
  const line = color(palette, "line", "#ddd");
  const paper = color(palette, "paper", "#fff");
  const parts: string[] = [`<defs>${statusPatternDefs(palette, "tl")}</defs>`];
  for (const year of yearTicks(range, 14)) {
    const left = x(positionPercent(`${year}-01-01`, range));
    parts.push(`<line x1="${left}" x2="${left}" y1="${HEAD - 6}" y2="${height}" stroke="${line}"/>`);
    parts.push(`<text x="${left + 3}" y="${HEAD - 10}" font-size="11" fill="${muted}">${year}</text>`);
  }
  rows.forEach((row, i) => {
    const y = HEAD + i * ROW;
    const name = row.name.length > 44 ? `${row.name.slice(0, 42)}…` : row.name;
    parts.push(`<text x="4" y="${y + ROW / 2 + 4}" font-size="12" fill="${ink}">${esc(`${STATUS_SHAPES[row.status]} ${name}`)}<title>${esc(`${row.name} (${STATUS_INFO[row.status].label})`)}</title></text>`);
    const bar = barLayout(row.startOn, row.endOn, range);
    if (bar) {
      parts.push(`<rect x="${x(bar.left)}" y="${y + ROW / 2 - 5}" width="${(bar.width / 100) * track}" height="10" rx="2" fill="url(#tl-${row.status})"/>`);
    }
    for (const m of row.milestones) {
      if (!isInRange(m.date, range)) continue;
      const label = `${m.description} (${formatPartialDate(m)}${m.isPlanned ? ", planned" : ""})`;
      parts.push(`<circle cx="${x(positionPercent(m.date, range))}" cy="${y + ROW / 2}" r="4.5" fill="${m.isPlanned ? paper : ink}" stroke="${m.isPlanned ? ink : paper}" stroke-width="1.5"><title>${esc(label)}</title></circle>`);
    }
  });
  if (isInRange(today, range)) {
    const left = x(positionPercent(today, range));
    parts.push(`<line x1="${left}" x2="${left}" y1="${HEAD - 6}" y2="${height}" stroke="${color(palette, "accent", "#36c")}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${left + 3}" y="${height - 2}" font-size="10" fill="${color(palette, "accent", "#36c")}">today</text>`);
  }
  return svgDocument(WIDTH, height, title, palette, parts.join(""));
}
