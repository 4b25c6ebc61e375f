"use client";

import { type ReactNode, useId, useRef, useState } from "react";
import { type CsvCell, toCsv } from "@/lib/stats/csv";
import { downloadPng, downloadText, serializeSvg } from "./download";

export type ChartCsv = { header: string[]; rows: CsvCell[][] };

type Props = {
  title: string;
  /** Headline level of the title (h2 on the dashboard, h3 inside a page section). */
  headingLevel?: 2 | 3;
  /** One or two sentences saying what the chart shows: read by screen readers before the chart, visible to all. */
  summary: string;
  /** File name without extension for the downloads. */
  fileName: string;
  csv: ChartCsv;
  /** The same numbers as an HTML table, behind "View as table". */
  table: ReactNode;
  /** Height reserved for the drawing, so nothing moves when the chart script arrives. */
  height: number | string;
  /** Draws the SVG to download; by default the first <svg> inside the drawing is copied. */
  toSvg?: () => string;
  /** Controls shown between the summary and the drawing (legend, year range…). */
  controls?: ReactNode;
  children: ReactNode;
  className?: string;
};

const button = "rounded border border-line px-2 py-0.5 text-xs text-ink hover:bg-line/40 disabled:opacity-50";

/** The frame every chart shares: title, summary, downloads, the reserved drawing area and the table alternative. */
export function ChartFrame({ title, headingLevel = 2, summary, fileName, csv, table, height, toSvg, controls, children, className = "" }: Props) {
  const id = useId();
  const drawing = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  const svgText = (): string | null => {
    if (toSvg) return toSvg();
    const svg = drawing.current?.querySelector("svg[data-chart]");
    return svg instanceof SVGSVGElement ? serializeSvg(svg, title) : null;
  };
  const save = async (format: "svg" | "png") => {
    setError(null);
    const text = svgText();
    if (!text) return setError("The chart has not finished drawing yet.");
    try {
      if (format === "svg") downloadText(`${fileName}.svg`, text, "image/svg+xml");
      else await downloadPng(`${fileName}.png`, text);
    } catch {
      setError(`Could not create the ${format.toUpperCase()} file in this browser.`);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className={`flex min-w-0 flex-col gap-3 rounded-lg border border-line p-4 ${className}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={`${id}-title`} className={headingLevel === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
          {title}
        </Heading>
        <div role="group" aria-label={`Download ${title}`} className="no-print flex gap-1">
          <button type="button" className={button} aria-label={`Download ${title} data as CSV`} onClick={() => downloadText(`${fileName}.csv`, toCsv(csv.header, csv.rows), "text/csv")}>
            CSV
          </button>
          <button type="button" className={button} aria-label={`Download ${title} as SVG`} onClick={() => save("svg")}>
            SVG
          </button>
          <button type="button" className={button} aria-label={`Download ${title} as PNG`} onClick={() => save("png")}>
            PNG
          </button>
        </div>
      </div>
      <p id={`${id}-summary`} className="text-sm text-muted">
        {summary}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-status-stalled">
          {error}
        </p>
      ) : null}
      {controls}
      <div ref={drawing} role="figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} style={{ height }} className="relative min-w-0">
        {children}
      </div>
      <details className="group text-sm">
        <summary className="cursor-pointer text-accent select-none">View as table</summary>
        <div className="mt-2 max-h-[32rem] overflow-auto">{table}</div>
      </details>
    </section>
  );
}
