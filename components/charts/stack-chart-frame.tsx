"use client";

import type { ComponentProps } from "react";
import { ChartFrame } from "./chart-frame";
import { readPalette } from "./download";
import { buildStackSvg } from "./stack-svg";

type Props = Omit<ComponentProps<typeof ChartFrame>, "toSvg" | "height"> & { drawing: Parameters<typeof buildStackSvg>[0] };

/** ChartFrame for the server-drawn stacked bars: the SVG download is drawn from the same rows, not copied from the page. */
export function StackChartFrame({ drawing, ...frame }: Props) {
  return <ChartFrame {...frame} height={drawing.height} toSvg={() => buildStackSvg(drawing, readPalette())} />;
}
