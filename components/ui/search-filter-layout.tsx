import type { ReactNode } from "react";
import { FilterForm } from "./filter-form";

/**
 * The frame of a browsable list (initiatives, sources): a search box, a facet sidebar and the results.
 * Everything is one GET form (`formId`; the search box and the results' selects join it with `form=`), so it works
 * without JavaScript. On small screens the sidebar folds into a "Filters" disclosure; from lg up it is always open.
 */
export function SearchFilterLayout({
  formId,
  action,
  stateKey,
  query,
  searchLabel,
  searchPlaceholder,
  activeCount,
  filters,
  children,
}: {
  formId: string;
  /** Where the form goes; also the page the results are on. */
  action: string;
  /** The canonical query string, so the controls re-sync after a navigation made elsewhere. */
  stateKey: string;
  query: string | undefined;
  searchLabel: string;
  searchPlaceholder: string;
  activeCount: number;
  /** The form's fields: facet groups, date range… (the "Apply filters" button follows them). */
  filters: ReactNode;
  /** The results section. */
  children: ReactNode;
}) {
  return (
    <div>
      <div role="search" className="mb-6 flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="flex-1 text-sm font-medium" htmlFor={`${formId}-q`}>
          {searchLabel}
          <input
            id={`${formId}-q`}
            type="search"
            name="q"
            form={formId}
            defaultValue={query ?? ""}
            maxLength={200}
            placeholder={searchPlaceholder}
            className="mt-1 w-full rounded-md border border-line bg-paper px-3 py-2.5 text-base text-ink placeholder:text-muted/80 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
          />
        </label>
        <button
          type="submit"
          form={formId}
          className="rounded-md bg-accent px-5 py-2.5 text-sm font-medium text-paper hover:bg-accent-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          Search
        </button>
      </div>

      <div className="grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside aria-label="Filters" className="min-w-0">
          <details className="group/filters rounded-lg border border-line lg:border-0 lg:[&::details-content]:h-auto lg:[&::details-content]:[content-visibility:visible]">
            <summary className="flex cursor-pointer items-center justify-between px-4 py-3 text-sm font-semibold lg:pointer-events-none lg:px-0 lg:pt-0 lg:text-base lg:[&::-webkit-details-marker]:hidden lg:[&::marker]:content-none">
              <span className="font-serif">
                Filters
                {activeCount > 0 && <span className="ml-2 text-sm font-normal text-muted">{activeCount} active</span>}
              </span>
              <span aria-hidden="true" className="text-muted group-open/filters:rotate-180 lg:hidden">
                ▾
              </span>
            </summary>
            <FilterForm id={formId} action={action} stateKey={stateKey} className="space-y-4 px-4 pb-4 lg:px-0 data-[pending]:opacity-70">
              {filters}
              <div className="flex items-center gap-3 border-t border-line pt-4">
                <button
                  type="submit"
                  className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-paper hover:bg-accent-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
                >
                  Apply filters
                </button>
              </div>
            </FilterForm>
          </details>
        </aside>

        {children}
      </div>
    </div>
  );
}
