import Link from "next/link";
import type { SiteView } from "@/lib/initiatives/detail";
import { regionName } from "@/lib/vocabulary/regions";

/** Where a physical project is: sites and landing points, each with coordinates and the source that reports it. */
export function SiteList({ sites }: { sites: SiteView[] }) {
  const groups = [
    { kind: "site", title: "Sites" },
    { kind: "landing-point", title: "Landing points" },
  ] as const;
  return (
    <div className="space-y-4">
      {groups.map(({ kind, title }) => {
        const items = sites.filter((s) => s.kind === kind);
        if (!items.length) return null;
        return (
          <div key={kind}>
            <h3 className="mb-2 text-sm font-semibold">{title}</h3>
            <ul className="grid gap-2 text-sm sm:grid-cols-2">
              {items.map((s) => (
                <li key={`${s.kind}-${s.name}`} className="rounded border border-line px-3 py-2">
                  <span className="font-medium">{s.name}</span>
                  <span className="text-muted">
                    {" "}
                    · {s.city ? `${s.city}, ` : ""}
                    {regionName(s.countryCode)}
                  </span>
                  <span className="block text-xs text-muted">
                    {s.latitude.toFixed(2)}, {s.longitude.toFixed(2)} · reported by{" "}
                    <Link href={`/sources/${s.source.id}`}>{s.source.title}</Link>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
