import { DateRangeFieldset } from "@/components/ui/date-range-fieldset";
import { FacetGroup } from "@/components/ui/facet-group";
import type { Facets } from "@/lib/initiatives/facets";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import type { LockedFacets } from "./list-links";

/** The initiative list's filter fields (inside the facet sidebar's GET form): checkboxes apply at once when JavaScript runs. */
export function InitiativeFilterFields({ formId, filters, facets, locked }: { formId: string; filters: InitiativeFilters; facets: Facets; locked: LockedFacets }) {
  return (
    <>
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
        <label className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-sm hover:bg-line/40 has-[:checked]:bg-accent/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent">
          <input
            type="checkbox"
            name="scope"
            value="local"
            defaultChecked={filters.scope === "local"}
            className="size-4 shrink-0 accent-accent focus-visible:outline-none"
          />
          <span className="flex-1">Without region-wide agreements</span>
        </label>
        {filters.scope === "region-wide" && <input type="hidden" name="scope" value="region-wide" />}
      </fieldset>
      {!locked.status && <FacetGroup legend="Status" name="status" options={facets.status} formId={formId} />}
      {!locked.domain && <FacetGroup legend="Domain" name="domain" options={facets.domain} formId={formId} visible={7} />}
      {!locked.country && <FacetGroup legend="Country" name="country" options={facets.country} formId={formId} visible={12} />}
      {!locked.actor && <FacetGroup legend="Actors" name="actor" options={facets.actor} formId={formId} visible={6} />}
      {!locked.sourceType && <FacetGroup legend="Source type" name="sourceType" options={facets.sourceType} formId={formId} />}
      <DateRangeFieldset formId={formId} legend="First announced" from={filters.from} to={filters.to} numericKeypad />
    </>
  );
}
