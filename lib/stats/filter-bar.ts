import "server-only";
// What the chart pages' filter bar shows: the facet values with their counts (the list's own facets), the active
// filters as removable chips, and links that keep every other parameter.
import type { DbOrTx } from "@/db/client";
import { getFacets } from "@/lib/initiatives/facets";
import { filtersToSearchParams, type InitiativeFilters, LIST_PARAMS } from "@/lib/initiatives/filters";
import { COUNTRY_INFO, isCountryCode } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO, isDomainSlug } from "@/lib/vocabulary/domains";
import { SOURCE_TYPE_LABELS, type SourceType } from "@/lib/vocabulary/misc";
import { isStatus, STATUS_INFO } from "@/lib/vocabulary/statuses";
import { countMatching } from "./queries";
import { chartFilters } from "./timeline-params";

const FACET_LABELS = { domain: "Domain", country: "Country", status: "Status", actor: "Actor", sourceType: "Source type" } as const;

export const withQuery = (path: string, params: URLSearchParams) => (params.size ? `${path}?${params}` : path);

function valueLabel(key: (typeof LIST_PARAMS)[number], value: string, actorNames: Map<string, string>): string {
  if (key === "domain" && isDomainSlug(value)) return DOMAIN_INFO[value].label;
  if (key === "country" && isCountryCode(value)) return COUNTRY_INFO[value].nameEn;
  if (key === "status" && isStatus(value)) return STATUS_INFO[value].label;
  if (key === "sourceType") return SOURCE_TYPE_LABELS[value as SourceType] ?? value;
  return actorNames.get(value) ?? value;
}

/** Chips for the active filters, each linking to the same view without it. Pure, given the actor names. */
export function filterChips(filters: InitiativeFilters, path: string, keep: [string, string][], actorNames: Map<string, string>) {
  const base = chartFilters(filters);
  const href = (without: Partial<InitiativeFilters>) => {
    const params = filtersToSearchParams({ ...base, ...without });
    for (const [k, v] of keep) params.append(k, v);
    return withQuery(path, params);
  };
  const chips: { label: string; href: string }[] = [];
  if (base.q) chips.push({ label: `Search: “${base.q}”`, href: href({ q: undefined }) });
  for (const key of LIST_PARAMS) {
    for (const value of base[key]) {
      chips.push({ label: `${FACET_LABELS[key]}: ${valueLabel(key, value, actorNames)}`, href: href({ [key]: base[key].filter((v) => v !== value) }) });
    }
  }
  if (base.from) chips.push({ label: `Announced from ${base.from}`, href: href({ from: undefined }) });
  if (base.to) chips.push({ label: `Announced to ${base.to}`, href: href({ to: undefined }) });
  if (base.stalled) chips.push({ label: "Possibly stalled", href: href({ stalled: undefined }) });
  if (base.scope) {
    const label = base.scope === "local" ? "Without region-wide agreements" : "Region-wide agreements only";
    chips.push({ label, href: href({ scope: undefined }) });
  }
  if (base.asOf) chips.push({ label: `As of ${base.asOf}`, href: href({ asOf: undefined }) });
  const clear = new URLSearchParams(keep);
  return { chips, clearHref: withQuery(path, clear) };
}

/** Everything <FilterBar> needs for one chart page. `keep` are the page's own parameters (e.g. a year range). */
export async function getFilterBarProps(db: DbOrTx, filters: InitiativeFilters, path: string, keep: [string, string][] = []) {
  const base = chartFilters(filters);
  const [facets, matching] = await Promise.all([getFacets(db, base), countMatching(db, base)]);
  const actorNames = new Map(facets.actor.map((a) => [a.value, a.label]));
  const hidden: [string, string][] = [
    ...base.sourceType.map((v): [string, string] => ["sourceType", v]),
    ...(base.stalled ? [["stalled", "true"] as [string, string]] : []),
    ...(base.scope ? [["scope", base.scope] as [string, string]] : []),
    ...(base.asOf ? [["asOf", base.asOf] as [string, string]] : []),
    ...keep,
  ];
  return {
    action: path,
    q: base.q,
    from: base.from,
    to: base.to,
    facets: (["domain", "country", "status", "actor"] as const).map((key) => ({ key, label: FACET_LABELS[key], options: facets[key] })),
    keep: hidden,
    ...filterChips(base, path, keep, actorNames),
    matching,
    listHref: withQuery("/initiatives", filtersToSearchParams(base)),
  };
}
