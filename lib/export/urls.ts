// Stable public URLs: permalinks of initiatives (with asOf when the view is a past date) and of exports and feeds.
import { getEnv } from "@/lib/env";
import { filtersToSearchParams, type InitiativeFilters } from "@/lib/initiatives/filters";

const withQuery = (path: string, params: URLSearchParams) => (params.size ? `${path}?${params}` : path);

export function initiativeUrl(slug: string, asOf?: string): string {
  return withQuery(`${getEnv().APP_URL}/initiatives/${slug}`, new URLSearchParams(asOf ? { asOf } : {}));
}

/** The canonical query of a view without paging: exports and feeds cover every matching row. */
export function viewQuery(filters: Partial<InitiativeFilters>, { keepSort = true } = {}): URLSearchParams {
  const params = filtersToSearchParams({ ...filters, page: 1, pageSize: undefined });
  params.delete("page");
  params.delete("pageSize");
  if (!keepSort) params.delete("sort");
  return params;
}

export const EXPORT_FILES = {
  initiativesCsv: "initiatives.csv",
  initiativesJson: "initiatives.json",
  milestonesCsv: "milestones.csv",
  milestonesJson: "milestones.json",
  sourcesCsl: "sources.csl.json",
  sourcesBibtex: "sources.bib",
  sourcesRis: "sources.ris",
} as const;

/** Relative URL of an export of a view (same origin as the page that links it). */
export function exportHref(file: (typeof EXPORT_FILES)[keyof typeof EXPORT_FILES], filters: Partial<InitiativeFilters>): string {
  return withQuery(`/api/v1/export/${file}`, viewQuery(filters));
}

export function initiativeExportHref(file: "sources.csl.json" | "sources.bib" | "sources.ris" | "citation.csl.json" | "citation.bib" | "citation.ris", slug: string, asOf?: string): string {
  return withQuery(`/api/v1/export/${file}`, new URLSearchParams({ initiative: slug, ...(asOf ? { asOf } : {}) }));
}

export function feedHref(filters: Partial<InitiativeFilters>): string {
  return withQuery("/feed.xml", viewQuery(filters, { keepSort: false }));
}

export const initiativeFeedHref = (slug: string) => `/initiatives/${slug}/feed.xml`;
