// Each status has a colour (colour-blind-safe, switching in dark mode) AND a fill pattern, so stacked segments,
// bars and swatches stay distinguishable in greyscale or for readers who cannot tell the colours apart.
import type { CSSProperties } from "react";
import { STATUSES, type Status } from "@/lib/vocabulary/statuses";

type PatternKind = "solid" | "dots" | "diagonal" | "anti-diagonal" | "horizontal" | "vertical" | "cross" | "grid";

export const STATUS_PATTERN: Record<Status, PatternKind> = {
  proposed: "dots",
  agreed: "diagonal",
  "in-progress": "anti-diagonal",
  operational: "solid",
  completed: "horizontal",
  stalled: "cross",
  cancelled: "vertical",
  superseded: "grid",
};

export const statusColor = (status: Status) => `var(--color-status-${status})`;
const OVERLAY = "color-mix(in srgb, var(--color-paper) 60%, transparent)";

/** A CSS background with the status's colour and pattern, for HTML bars and legend swatches. */
export function statusBackground(status: Status): CSSProperties {
  const line = (angle: number) => `repeating-linear-gradient(${angle}deg, transparent 0 3px, ${OVERLAY} 3px 4.5px)`;
  const images: Record<PatternKind, string[]> = {
    solid: [],
    dots: [`radial-gradient(${OVERLAY} 1.2px, transparent 1.6px)`],
    diagonal: [line(45)],
    "anti-diagonal": [line(-45)],
    horizontal: [line(0)],
    vertical: [line(90)],
    cross: [line(45), line(-45)],
    grid: [line(0), line(90)],
  };
  const kind = STATUS_PATTERN[status];
  return {
    backgroundColor: statusColor(status),
    backgroundImage: images[kind].join(", ") || undefined,
    backgroundSize: kind === "dots" ? "5px 5px" : undefined,
  };
}

/**
 * `.status-fill-<status>` classes with the same colour and pattern, for charts that draw many segments: one
 * stylesheet (React hoists and dedupes it by `href`) instead of the gradients repeated in every style attribute.
 */
export function StatusFillStyles() {
  const css = STATUSES.map((status) => {
    const style = statusBackground(status);
    const rules = [`background-color:${style.backgroundColor}`];
    if (style.backgroundImage) rules.push(`background-image:${style.backgroundImage}`);
    if (style.backgroundSize) rules.push(`background-size:${style.backgroundSize}`);
    return `.status-fill-${status}{${rules.join(";")}}`;
  }).join("");
  return (
    <style href="status-fills" precedence="default">
      {css}
    </style>
  );
}

export const patternId = (prefix: string, status: Status) => `${prefix}-${status}`;

/** The pattern drawn over the status colour in a 6×6 tile: lines (a path) or a dot; none for "solid". */
export const PATTERN_OVERLAY: Record<PatternKind, { path?: string; dot?: boolean }> = {
  solid: {},
  dots: { dot: true },
  diagonal: { path: "M-1 7L7 -1M5 7L7 5M-1 1L1 -1" },
  "anti-diagonal": { path: "M-1 -1L7 7M5 -1L7 1M-1 5L1 7" },
  horizontal: { path: "M0 3H6" },
  vertical: { path: "M3 0V6" },
  cross: { path: "M-1 7L7 -1M-1 -1L7 7" },
  grid: { path: "M0 3H6M3 0V6" },
};

function Overlay({ kind }: { kind: PatternKind }) {
  const overlay = PATTERN_OVERLAY[kind];
  if (overlay.dot) return <circle cx={3} cy={3} r={1.3} style={{ fill: "var(--color-paper)", fillOpacity: 0.6 }} />;
  if (!overlay.path) return null;
  return <path d={overlay.path} style={{ stroke: "var(--color-paper)", strokeOpacity: 0.6, strokeWidth: 1.5 }} />;
}

/** SVG <pattern>s for every status, referenced as fill="url(#prefix-status)". */
export function StatusPatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {STATUSES.map((status) => (
        <pattern key={status} id={patternId(prefix, status)} width={6} height={6} patternUnits="userSpaceOnUse">
          <rect width={6} height={6} style={{ fill: statusColor(status) }} />
          <Overlay kind={STATUS_PATTERN[status]} />
        </pattern>
      ))}
    </defs>
  );
}
