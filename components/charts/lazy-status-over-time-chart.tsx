"use client";

import { type ComponentProps, lazy, Suspense } from "react";

// Recharts in its own chunk, fetched when hydration reaches the chart: it never weighs on the entity pages' first load
// (and no page Lighthouse measures uses it). React.lazy rather than next/dynamic, as in lazy-charts.tsx.
const StatusOverTimeChart = lazy(() =>
  import("./status-over-time-chart").then((m) => ({ default: m.StatusOverTimeChart })),
);

export function LazyStatusOverTimeChart(props: ComponentProps<typeof StatusOverTimeChart>) {
  return (
    <Suspense fallback={<div aria-hidden="true" className="h-full w-full animate-pulse rounded bg-line/30" />}>
      <StatusOverTimeChart {...props} />
    </Suspense>
  );
}
