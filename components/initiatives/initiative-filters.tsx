import { FacetGroup } from "@/components/ui/facet-group";
import { FilterForm } from "@/components/ui/filter-form";
import type { Facets } from "@/lib/initiatives/facets";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import type { LockedFacets } from "./list-links";

const DATE_PATTERN = "\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?)?";
const inputClass =
  "w-full rounded-md border border-line bg-paper px-2.5 py-1.5 text-sm text-ink placeholder:text-muted/80 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent invalid:border-status-stalled";

/**
 * The facet sidebar: a GET form (works without JavaScript) whose checkboxes apply at once when JavaScript runs.
 * On small screens it folds into a "Filters" disclosure; from lg up it is always open.
 */
export function InitiativeFilterPanel({
  formId,
  action,
  stateKey,
  filters,
  facets,
  locked,
  activeCount,
}: {
  formId: string;
  action: string;
  stateKey: string;
  filters: InitiativeFilters;
  facets: Facets;
  locked: LockedFacets;
  activeCount: number;
}) {
  return (
    <details className="group/filters rounded-lg border border-line lg:border-0 lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:h-auto">
      <summary className="flex cursor-pointer items-center justify-between px-4 py-3 text-sm font-semibold lg:pointer-events-none lg:px-0 lg:pt-0 lg:text-base lg:[&::marker]:content-none lg:[&::-webkit-details-marker]:hidden">
        <span className="font-serif">
          Filters
          {activeCount > 0 && <span className="ml-2 text-sm font-normal text-muted">{activeCount} active</span>}
        </span>
        <span aria-hidden="true" className="text-muted group-open/filters:rotate-180 lg:hidden">
          ▾
        </span>
      </summary>
      <FilterForm id={formId} action={action} stateKey={stateKey} className="space-y-4 px-4 pb-4 lg:px-0 data-[pending]:opacity-70">
        {filters.asOf && <input type="hidden" name="asOf" value={filters.asOf} />}
        <fieldset className="min-w-0 border-t border-line pt-4">
          <legend className="sr-only">Progress</legend>
          <label className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-sm hover:bg-line/40 has-[:checked]:bg-accent/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent">
            <input
              type="checkbox"
              name="stalled"
              value="true"
              defaultChecked={filters.stalled === true}
              className="size-4 shrink-0 accent-accent focus-visible:outline-none"
            />
            <span className="flex-1">Possibly stalled only</span>
            <span aria-hidden="true" className="text-xs text-muted tabular-nums">
              {facets.stalled}
            </span>
            <span className="sr-only">{`(${facets.stalled} initiative${facets.stalled === 1 ? "" : "s"})`}</span>
          </label>
        </fieldset>
        {!locked.status && <FacetGroup legend="Status" name="status" options={facets.status} formId={formId} />}
        {!locked.domain && <FacetGroup legend="Domain" name="domain" options={facets.domain} formId={formId} visible={7} />}
        {!locked.country && <FacetGroup legend="Country" name="country" options={facets.country} formId={formId} visible={12} />}
        {!locked.actor && <FacetGroup legend="Actors" name="actor" options={facets.actor} formId={formId} visible={6} />}
        {!locked.sourceType && <FacetGroup legend="Source type" name="sourceType" options={facets.sourceType} formId={formId} />}
        <fieldset className="min-w-0 border-t border-line pt-4">
          <legend className="mb-1 text-sm font-semibold">First announced</legend>
          <p id={`${formId}-date-hint`} className="mb-2 text-xs text-muted">
            A year, quarter, month or day: 2024, 2024-Q3, 2024-09 or 2024-09-15.
          </p>
          <div className="grid grid-cols-2 gap-2">
            <label className="text-xs text-muted">
              From
              <input
                name="from"
                defaultValue={filters.from ?? ""}
                inputMode="numeric"
                pattern={DATE_PATTERN}
                placeholder="2020"
                aria-describedby={`${formId}-date-hint`}
                className={`${inputClass} mt-1`}
              />
            </label>
            <label className="text-xs text-muted">
              To
              <input
                name="to"
                defaultValue={filters.to ?? ""}
                inputMode="numeric"
                pattern={DATE_PATTERN}
                placeholder="2025-Q4"
                aria-describedby={`${formId}-date-hint`}
                className={`${inputClass} mt-1`}
              />
            </label>
          </div>
        </fieldset>
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
  );
}
