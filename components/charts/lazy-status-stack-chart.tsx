"use client";

import dynamic from "next/dynamic";

/**
 * The stacked chart, loaded after the page is interactive: Recharts stays out of the first-load JavaScript, and
 * the frame around it reserves the space, so nothing shifts when it arrives. The summary and the table are
 * server-rendered, so the numbers are there before (and without) the script.
 */
export const LazyStatusStackChart = dynamic(() => import("./status-stack-chart").then((m) => m.StatusStackChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-full w-full animate-pulse rounded bg-line/30" />,
});
