import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { SearchFilterLayout } from "@/components/ui/search-filter-layout";
import { SortSelect } from "@/components/ui/sort-select";
import { DEFAULT_PAGE_SIZE, effectiveSort, type FacetKey, type InitiativeFilters, LIST_PARAMS, MAX_PAGE_SIZE } from "@/lib/initiatives/filters";
import type { InitiativeList } from "@/lib/initiatives/queries";
import { InitiativeFilterFields } from "./initiative-filters";
import { InitiativeRow } from "./initiative-row";
import { type LockedFacets, listHref, listStateKey } from "./list-links";

const FACET_LABELS: Record<FacetKey, string> = { domain: "Domain", country: "Country", status: "Status", actor: "Actor", sourceType: "Source type" };
const SORT_LABELS = { relevance: "Relevance", "last-evidence": "Latest evidence", name: "Name (A–Z)", "first-announced": "First announced (newest)" } as const;
const PAGE_SIZES = [25, 50, MAX_PAGE_SIZE];
const selectClass =
  "rounded-md border border-line bg-paper px-2 py-1.5 text-sm text-ink focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent";

type ActiveFilter = { key: string; label: string; href: string };

function activeFilters(list: InitiativeList, filters: InitiativeFilters, basePath: string, locked: LockedFacets): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const key of LIST_PARAMS) {
    if (locked[key]) continue;
    for (const value of filters[key]) {
      const label = list.facets[key].find((f) => f.value === value)?.label ?? value;
      out.push({
        key: `${key}:${value}`,
        label: `${FACET_LABELS[key]}: ${label}`,
        href: listHref(basePath, filters, locked, { [key]: filters[key].filter((v) => v !== value), page: 1 }),
      });
    }
  }
  if (filters.q) out.push({ key: "q", label: `Search: “${filters.q}”`, href: listHref(basePath, filters, locked, { q: undefined, page: 1 }) });
  if (filters.from) out.push({ key: "from", label: `Announced from ${filters.from}`, href: listHref(basePath, filters, locked, { from: undefined, page: 1 }) });
  if (filters.to) out.push({ key: "to", label: `Announced until ${filters.to}`, href: listHref(basePath, filters, locked, { to: undefined, page: 1 }) });
  if (filters.stalled) out.push({ key: "stalled", label: "Possibly stalled", href: listHref(basePath, filters, locked, { stalled: undefined, page: 1 }) });
  return out;
}

/**
 * The initiative list view — search, facets with live counts, sort, pagination — for /initiatives and, pre-filtered,
 * for the country, domain and actor pages (`locked` names the facet the page fixes; `basePath` is where the form goes).
 */
export function InitiativeBrowser({
  list,
  filters,
  basePath,
  locked = {},
  searchLabel = "Search initiatives",
  noun = "initiative",
}: {
  list: InitiativeList;
  filters: InitiativeFilters;
  basePath: string;
  locked?: LockedFacets;
  searchLabel?: string;
  noun?: string;
}) {
  const formId = "initiative-filters";
  const active = activeFilters(list, filters, basePath, locked);
  const sort = effectiveSort(filters);
  const defaultSort = effectiveSort({ q: filters.q });
  const first = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, list.page * list.pageSize);
  const clearHref = listHref(basePath, { ...filters, q: undefined, domain: [], country: [], status: [], actor: [], sourceType: [], from: undefined, to: undefined, stalled: undefined, page: 1 }, locked);

  return (
    <SearchFilterLayout
      formId={formId}
      action={basePath}
      stateKey={listStateKey(filters, locked)}
      query={filters.q}
      searchLabel={searchLabel}
      searchPlaceholder="Names and aliases in any language, descriptions, milestones, source texts…"
      activeCount={active.length}
      filters={<InitiativeFilterFields formId={formId} filters={filters} facets={list.facets} locked={locked} />}
    >
      <section aria-labelledby="results-heading" className="min-w-0">
        <h2 id="results-heading" className="sr-only">
          Results
        </h2>
        <div className="flex flex-col gap-3 border-b border-line pb-3 sm:flex-row sm:items-center sm:justify-between">
          <p role="status" className="text-sm text-muted">
            {list.total === 0 ? (
              `No ${noun}s found`
            ) : (
              <>
                <span className="font-semibold text-ink tabular-nums">{list.total}</span> {noun}
                {list.total === 1 ? "" : "s"}
                {list.total > list.pageSize && (
                  <span className="tabular-nums">
                    {" "}
                    · showing {first}–{last}
                  </span>
                )}
              </>
            )}
          </p>
          <div className="flex flex-wrap items-center gap-3 text-sm print:hidden">
            <SortSelect
              formId={formId}
              labels={SORT_LABELS}
              sort={sort}
              defaultSort={defaultSort}
              hasQuery={Boolean(filters.q)}
              className="flex items-center gap-2 text-muted"
              selectClassName={selectClass}
            />
            <label className="flex items-center gap-2 text-muted">
              Per page
              <select name="pageSize" form={formId} defaultValue={list.pageSize === DEFAULT_PAGE_SIZE ? "" : String(list.pageSize)} className={selectClass}>
                {[...new Set([...PAGE_SIZES, list.pageSize])].sort((a, b) => a - b).map((n) => (
                  <option key={n} value={n === DEFAULT_PAGE_SIZE ? "" : n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>

        {active.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 border-b border-line py-3 text-sm">
            <span className="text-muted">Filtered by</span>
            <ul className="contents">
              {active.map((f) => (
                <li key={f.key}>
                  <Link
                    href={f.href}
                    scroll={false}
                    aria-label={`Remove filter ${f.label}`}
                    className="inline-flex items-center gap-1.5 rounded-full border border-accent/40 bg-accent/10 px-2.5 py-0.5 text-ink no-underline hover:border-accent hover:no-underline"
                  >
                    {f.label}
                    <span aria-hidden="true" className="text-muted">
                      ✕
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            <Link href={clearHref} scroll={false} className="ml-1 font-medium">
              Clear filters
            </Link>
          </div>
        )}

        {list.data.length > 0 ? (
          <ol className="divide-y divide-line" aria-labelledby="results-heading">
            {list.data.map((item) => (
              <InitiativeRow key={item.id} item={item} asOf={filters.asOf} />
            ))}
          </ol>
        ) : (
          <div className="mt-6 rounded-lg border border-dashed border-line px-6 py-10 text-center">
            <h3 className="font-serif text-xl font-semibold">No {noun}s match these filters</h3>
            <p className="mx-auto mt-2 max-w-md text-sm text-muted">
              {list.total > 0 && list.page > 1
                ? "This page is past the end of the results."
                : "Try removing a filter, widening the date range, or searching for another spelling or language — names are matched in English, Chinese and German."}
            </p>
            <p className="mt-5 flex flex-wrap justify-center gap-3">
              <Link
                href={clearHref}
                className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-paper no-underline hover:bg-accent-strong hover:no-underline"
              >
                Clear filters
              </Link>
              {list.total > 0 && list.page > 1 && <Link href={listHref(basePath, filters, locked, { page: 1 })}>Go to the first page</Link>}
            </p>
          </div>
        )}

        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={(page) => listHref(basePath, filters, locked, { page })} />
      </section>
    </SearchFilterLayout>
  );
}
