"use client";

import { type ComponentProps, lazy, Suspense } from "react";

// The charts engineer's client components, each in its own chunk so they never weigh on the first-load JavaScript of
// the list and detail pages. Server-rendered, so the figures are in the HTML before the script loads; the chunk loads
// when hydration reaches the chart. React.lazy rather than next/dynamic, whose loader added ~1.5 kB (gzip) to the
// first load of every page using these.

const InitiativeTimeline = lazy(() => import("@/components/charts/initiative-timeline").then((m) => ({ default: m.InitiativeTimeline })));
const AseanMap = lazy(() => import("@/components/charts/asean-map").then((m) => ({ default: m.AseanMap })));

export function LazyInitiativeTimeline(props: ComponentProps<typeof InitiativeTimeline>) {
  return (
    <Suspense fallback={<div aria-hidden="true" className="h-40 w-full animate-pulse rounded-lg bg-line/30" />}>
      <InitiativeTimeline {...props} />
    </Suspense>
  );
}

export function LazyAseanMap(props: ComponentProps<typeof AseanMap>) {
  return (
    <Suspense fallback={<div aria-hidden="true" className="aspect-[4/3] w-full animate-pulse rounded-lg bg-line/30" />}>
      <AseanMap {...props} />
    </Suspense>
  );
}
