import Link from "next/link";
import { filtersToSearchParams, type InitiativeFilters, type ScopeFilter } from "@/lib/initiatives/filters";
import { withQuery } from "@/lib/stats/filter-bar";

const OPTIONS: { value: ScopeFilter | undefined; label: string }[] = [
  { value: undefined, label: "All initiatives" },
  { value: "local", label: "Bilateral and physical projects" },
  { value: "region-wide", label: "Region-wide agreements" },
];

/**
 * Region-wide agreements count for every member, so they shade the whole map alike: this switch (links, so it works
 * without JavaScript and keeps every other filter) shows them apart from projects in named places.
 */
export function ScopeSwitch({ path, filters }: { path: string; filters: InitiativeFilters }) {
  return (
    <nav aria-label="Which initiatives to count" className="flex flex-wrap gap-2 text-sm">
      {OPTIONS.map((option) => {
        const current = filters.scope === option.value;
        return (
          <Link
            key={option.label}
            href={withQuery(path, filtersToSearchParams({ ...filters, scope: option.value, page: 1 }))}
            aria-current={current ? "page" : undefined}
            className={`rounded-full border px-3 py-1 no-underline ${current ? "border-ink bg-ink text-paper" : "border-line text-ink hover:border-ink"}`}
          >
            {option.label}
          </Link>
        );
      })}
    </nav>
  );
}
