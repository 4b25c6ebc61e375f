// One initiative's timeline as a standalone SVG (download), from the same scale and lanes as the on-page chart.
import { STATUS_SHAPES } from "@/components/ui/status-badge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { SpanScale } from "@/lib/stats/initiative-timeline-layout";
import type { StatusPeriod, TimelineMilestone } from "@/lib/stats/types";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { color, esc, type Palette, statusPatternDefs, svgDocument } from "./svg-text";

export function buildInitiativeTimelineSvg(
  data: { milestones: readonly TimelineMilestone[]; periods: readonly StatusPeriod[]; lanes: readonly number[]; scale: SpanScale; today: string },
  palette: Palette,
  title: string,
): string {
  const width = 900;
  const pad = 12;
  const x = (iso: string) => pad + (data.scale.pct(iso) / 100) * (width - 2 * pad);
  const laneCount = Math.max(1, ...data.lanes.map((l) => l + 1));
  const bandY = 16 + laneCount * 18;
  const height = bandY + 56;
  const ink = color(palette, "ink");
  const paper = color(palette, "paper", "#fff");
  const muted = color(palette, "muted", "#666");
  const parts = [`<defs>${statusPatternDefs(palette, "it")}</defs>`];
  for (const year of data.scale.ticks) {
    const left = x(`${year}-01-01`);
    parts.push(`<line x1="${left}" x2="${left}" y1="8" y2="${bandY + 30}" stroke="${color(palette, "line", "#ddd")}"/><text x="${left + 3}" y="${bandY + 44}" font-size="11" fill="${muted}">${year}</text>`);
  }
  for (const p of data.periods) {
    const left = x(p.from);
    const right = x(p.to ?? data.today);
    const label = `${STATUS_SHAPES[p.status]} ${STATUS_INFO[p.status].label}`;
    parts.push(`<rect x="${left}" y="${bandY}" width="${Math.max(2, right - left)}" height="22" fill="url(#it-${p.status})" stroke="${paper}"><title>${esc(label)}</title></rect>`);
    if (right - left > 90) parts.push(`<text x="${left + 4}" y="${bandY + 15}" font-size="11" fill="${ink}" stroke="${paper}" stroke-width="3" paint-order="stroke">${esc(label)}</text>`);
  }
  data.milestones.forEach((m, i) => {
    const cy = 16 + (data.lanes[i] ?? 0) * 18;
    parts.push(`<line x1="${x(m.date)}" x2="${x(m.date)}" y1="${cy}" y2="${bandY}" stroke="${muted}" stroke-width="0.75"/>`);
    parts.push(`<circle cx="${x(m.date)}" cy="${cy}" r="5" fill="${m.isPlanned ? paper : ink}" stroke="${ink}" stroke-width="1.5"><title>${esc(`${formatPartialDate(m)}: ${m.description}${m.isPlanned ? " (planned)" : ""}`)}</title></circle>`);
  });
  const todayX = x(data.today);
  parts.push(`<line x1="${todayX}" x2="${todayX}" y1="4" y2="${bandY + 30}" stroke="${color(palette, "accent", "#36c")}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
  return svgDocument(width, height, title, palette, parts.join(""));
}
