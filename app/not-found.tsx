import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

/** The 404 for unknown pages and for initiatives, sources, countries, domains and actors that do not exist. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">404 · Not found</p>
      <h1 className="mt-2 text-3xl font-semibold sm:text-4xl">We could not find that page</h1>
      <p className="mt-4 text-lg leading-relaxed text-muted">
        The link may be mistyped, or the record may have been renamed or merged into another initiative. Initiatives keep
        their names in every language, so a search usually finds them.
      </p>
      <form action="/initiatives" method="get" role="search" className="mt-8 flex flex-col gap-2 sm:flex-row sm:items-end">
        <label htmlFor="not-found-q" className="flex-1 text-sm font-medium">
          Search initiatives
          <input
            id="not-found-q"
            type="search"
            name="q"
            maxLength={200}
            placeholder="e.g. Information Harbor, 信息港, Unterseekabel"
            className="mt-1 w-full rounded-md border border-line bg-paper px-3 py-2.5 text-base text-ink placeholder:text-muted/80"
          />
        </label>
        <button type="submit" className="rounded-md bg-accent px-5 py-2.5 text-sm font-medium text-paper hover:bg-accent-strong">
          Search
        </button>
      </form>
      <h2 className="mt-10 text-lg font-semibold">Or browse</h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {[
          ["/initiatives", "All initiatives", "with filters by domain, country and status"],
          ["/countries", "Countries", "China and the ASEAN members"],
          ["/domains", "Domains", "5G, AI, cables, data centres and more"],
          ["/sources", "Sources", "the archive of cited articles"],
        ].map(([href, label, hint]) => (
          <li key={href} className="rounded-lg border border-line p-3">
            <Link href={href!} className="font-medium">
              {label}
            </Link>
            <p className="text-sm text-muted">{hint}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
