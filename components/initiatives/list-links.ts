import { type FacetKey, filtersToSearchParams, type InitiativeFilters } from "@/lib/initiatives/filters";

/** Facets fixed by the page itself (a country page fixes `country`): kept out of its URLs and its form. */
export type LockedFacets = Partial<Record<FacetKey, true>>;

function withoutLocked(filters: InitiativeFilters, locked: LockedFacets): Partial<InitiativeFilters> {
  const out: Partial<InitiativeFilters> = { ...filters };
  for (const key of Object.keys(locked) as FacetKey[]) delete out[key];
  return out;
}

/** The canonical URL of a list view on `basePath`, with `changes` applied to the filters. */
export function listHref(basePath: string, filters: InitiativeFilters, locked: LockedFacets, changes: Partial<InitiativeFilters> = {}): string {
  const qs = filtersToSearchParams(withoutLocked({ ...filters, ...changes }, locked)).toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

/** The canonical query string of the view (locked facets left out), used to re-sync the form after navigation. */
export function listStateKey(filters: InitiativeFilters, locked: LockedFacets): string {
  return filtersToSearchParams(withoutLocked(filters, locked)).toString();
}
