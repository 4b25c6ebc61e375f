"use client";

import dynamic from "next/dynamic";

// The charts engineer's client components, each in its own chunk so they never weigh on the first-load JavaScript of
// the list and detail pages. Server-rendered (ssr stays on), so the figures are in the HTML before the script loads.

export const LazyInitiativeTimeline = dynamic(() => import("@/components/charts/initiative-timeline").then((m) => m.InitiativeTimeline), {
  loading: () => <div aria-hidden="true" className="h-40 w-full animate-pulse rounded-lg bg-line/30" />,
});

export const LazyAseanMap = dynamic(() => import("@/components/charts/asean-map").then((m) => m.AseanMap), {
  loading: () => <div aria-hidden="true" className="aspect-[4/3] w-full animate-pulse rounded-lg bg-line/30" />,
});
