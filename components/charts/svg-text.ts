// Helpers for SVG drawn from data (the timeline exports): escaping, and the status patterns with concrete colours.
import { STATUSES, type Status } from "@/lib/vocabulary/statuses";
import { PATTERN_OVERLAY, STATUS_PATTERN } from "./status-patterns";

/** Concrete colours (the page's theme at export time), keyed like the CSS variables without "--color-". */
export type Palette = Record<string, string>;

export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const color = (palette: Palette, name: string, fallback = "#000") => palette[name] || fallback;

export function statusPatternDefs(palette: Palette, prefix: string): string {
  const paper = color(palette, "paper", "#fff");
  return STATUSES.map((status: Status) => {
    const overlay = PATTERN_OVERLAY[STATUS_PATTERN[status]];
    const mark = overlay.dot
      ? `<circle cx="3" cy="3" r="1.3" fill="${paper}" fill-opacity="0.6"/>`
      : overlay.path
        ? `<path d="${overlay.path}" stroke="${paper}" stroke-opacity="0.6" stroke-width="1.5"/>`
        : "";
    return `<pattern id="${prefix}-${status}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${color(palette, `status-${status}`)}"/>${mark}</pattern>`;
  }).join("");
}

export function svgDocument(width: number, height: number, title: string, palette: Palette, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif"><title>${esc(title)}</title><rect width="100%" height="100%" fill="${color(palette, "paper", "#fff")}"/>${body}</svg>`;
}
