import type { ReactNode } from "react";

/** A grey placeholder block for loading.tsx skeletons; the page's loading state is announced once, not per block. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-md bg-line/70 ${className}`} />;
}

// Without JavaScript, a streamed page stays in the hidden <div id="S:…"> React appends to <body> and the skeleton
// never goes away. This stylesheet (parsed only when scripting is off) hides the skeleton and shows the streamed
// content in the main column, before the footer — so the list, its GET filter form and every page work without JS.
// The rules sit in Tailwind's `base` layer: its preflight hides [hidden] with !important there, and an important
// declaration in an earlier layer would beat an unlayered one.
const NO_SCRIPT_CSS = `@layer base{[data-loading-fallback]{display:none!important}
body>div[hidden][id^="S:"]{display:block!important;order:1;box-sizing:border-box;width:100%;max-width:80rem;margin:0 auto;padding:0 1rem 2rem}
body>footer{order:2}}`;

export function LoadingRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
      <div role="status" aria-live="polite" aria-busy="true" data-loading-fallback>
        <span className="sr-only">{label}</span>
        {children}
      </div>
    </>
  );
}
