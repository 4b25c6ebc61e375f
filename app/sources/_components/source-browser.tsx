import Link from "next/link";
import { DateRangeFieldset } from "@/components/ui/date-range-fieldset";
import { DateText } from "@/components/ui/date-text";
import { FacetGroup } from "@/components/ui/facet-group";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { Pagination } from "@/components/ui/pagination";
import { SearchFilterLayout } from "@/components/ui/search-filter-layout";
import { SortSelect } from "@/components/ui/sort-select";
import { languageName } from "@/components/initiatives/language-name";
import { effectiveSourceSort, type SourceFilters, sourceFiltersToSearchParams } from "@/lib/sources/filters";
import type { SourceList } from "@/lib/sources/queries";
import { regionName } from "@/lib/vocabulary/regions";
import { SOURCE_TYPE_LABELS } from "@/lib/vocabulary/misc";

const FORM_ID = "source-filters";
const SORT_LABELS = { relevance: "Relevance", newest: "Newest first", oldest: "Oldest first", title: "Title (A–Z)" } as const;
const inputClass =
  "w-full rounded-md border border-line bg-paper px-2.5 py-1.5 text-sm text-ink placeholder:text-muted/80 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent";

const href = (filters: Partial<SourceFilters>) => {
  const qs = sourceFiltersToSearchParams(filters).toString();
  return qs ? `/sources?${qs}` : "/sources";
};

/** The source archive: search in the stored texts, facets by publisher, language and type, published-date range. */
export function SourceBrowser({ list, filters }: { list: SourceList; filters: SourceFilters }) {
  const sort = effectiveSourceSort(filters);
  const defaultSort = effectiveSourceSort({ q: filters.q });
  const activeCount = filters.publisher.length + filters.publisherCountry.length + filters.language.length + filters.sourceType.length + (filters.from ? 1 : 0) + (filters.to ? 1 : 0) + (filters.q ? 1 : 0) + (filters.hasText !== undefined ? 1 : 0);
  return (
    <SearchFilterLayout
      formId={FORM_ID}
      action="/sources"
      stateKey={sourceFiltersToSearchParams(filters).toString()}
      query={filters.q}
      searchLabel="Search the sources"
      searchPlaceholder="Words in titles, publishers and archived texts — English, German or Chinese"
      activeCount={activeCount}
      filters={
        <>
          <FacetGroup legend="Type" name="sourceType" options={list.facets.sourceType} formId={FORM_ID} noun="source" />
          <FacetGroup
            legend="Language"
            name="language"
            options={list.facets.language.map((l) => ({ ...l, label: l.label }))}
            formId={FORM_ID}
            noun="source"
          />
          <FacetGroup legend="Publisher" name="publisher" options={list.facets.publisher} formId={FORM_ID} visible={8} noun="source" />
          <FacetGroup legend="Publisher's country" name="publisherCountry" options={list.facets.publisherCountry} formId={FORM_ID} visible={8} noun="source" />
          <DateRangeFieldset formId={FORM_ID} legend="Published" from={filters.from} to={filters.to} />
          <fieldset className="min-w-0 border-t border-line pt-4">
            <legend className="mb-1 text-sm font-semibold">Archived text</legend>
            <label className="flex items-center gap-2 py-1 text-sm">
              <select name="hasText" defaultValue={filters.hasText === undefined ? "" : String(filters.hasText)} className={`${inputClass} w-auto`}>
                <option value="">Any</option>
                <option value="true">Full text held</option>
                <option value="false">Reference only</option>
              </select>
            </label>
          </fieldset>
        </>
      }
    >
      <section aria-labelledby="source-results-heading" className="min-w-0">
        <h2 id="source-results-heading" className="sr-only">
          Sources found
        </h2>
        <div className="flex flex-col gap-3 border-b border-line pb-3 sm:flex-row sm:items-center sm:justify-between">
          <p role="status" className="text-sm text-muted">
            <span className="font-semibold text-ink tabular-nums">{list.total}</span> source{list.total === 1 ? "" : "s"}
          </p>
          <SortSelect
            formId={FORM_ID}
            labels={SORT_LABELS}
            sort={sort}
            defaultSort={defaultSort}
            hasQuery={Boolean(filters.q)}
            className="flex items-center gap-2 text-sm whitespace-nowrap text-muted print:hidden"
            selectClassName={`${inputClass} w-auto`}
          />
        </div>
        {list.data.length > 0 ? (
          <ol className="divide-y divide-line">
            {list.data.map((s) => (
              <li key={s.id} className="py-4">
                <h3 className="leading-snug font-semibold">
                  <Link href={`/sources/${s.id}`} lang={s.language} className="text-ink hover:text-accent">
                    {s.title}
                  </Link>
                </h3>
                <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
                  <span className="text-ink">
                    {s.publisher}
                    {s.publisherCountry && <span className="text-muted"> ({regionName(s.publisherCountry)})</span>}
                  </span>
                  <DateText date={s.published} />
                  <span>{languageName(s.language)}</span>
                  <span>{SOURCE_TYPE_LABELS[s.sourceType]}</span>
                  <span>{s.hasText ? "Full text archived" : "Reference only"}</span>
                  <span>
                    cited {s.citationCount}× for {s.initiativeCount} initiative{s.initiativeCount === 1 ? "" : "s"}
                  </span>
                </p>
                {s.snippet && (
                  <p lang={s.language} className="mt-2 max-w-3xl border-l-2 border-amber-400 pl-3 text-sm leading-relaxed">
                    <HighlightedText text={s.snippet} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <div className="mt-6 rounded-lg border border-dashed border-line px-6 py-10 text-center">
            <h3 className="font-serif text-xl font-semibold">No sources match these filters</h3>
            <p className="mx-auto mt-2 max-w-md text-sm text-muted">Try fewer filters, a wider date range or another language.</p>
            <p className="mt-5">
              <Link href="/sources" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-paper no-underline hover:bg-accent-strong hover:no-underline">
                Clear filters
              </Link>
            </p>
          </div>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={(page) => href({ ...filters, page })} />
      </section>
    </SearchFilterLayout>
  );
}
