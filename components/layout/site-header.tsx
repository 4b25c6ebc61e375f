import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { ThemeToggle } from "./theme-toggle";

const NAV = [
  { href: "/", label: "Dashboard" },
  { href: "/initiatives", label: "Initiatives" },
  { href: "/timeline", label: "Timeline" },
  { href: "/map", label: "Map" },
  { href: "/countries", label: "Countries" },
  { href: "/domains", label: "Domains" },
  { href: "/actors", label: "Actors" },
  { href: "/sources", label: "Sources" },
] as const;

// The header's links are not prefetched: on every page load they cost ~20 RSC requests (each link twice) and their
// processing on the main thread, the Total Blocking Time Lighthouse charges every page; the pages come from the page
// cache in a few milliseconds when clicked.
export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-line">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" prefetch={false} className="font-serif text-lg font-semibold text-ink no-underline hover:no-underline">
          China–ASEAN Digital Cooperation Tracker
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className="text-ink">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu />
        <ThemeToggle />
      </div>
    </header>
  );
}
