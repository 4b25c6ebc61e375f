import type { InitiativeFilters } from "@/lib/initiatives/filters";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO } from "@/lib/vocabulary/domains";
import { SOURCE_TYPE_LABELS } from "@/lib/vocabulary/misc";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";

/** A short human description of the active filters, for titles and descriptions: "5G · Thailand · “cable”". */
export function describeFilters(filters: InitiativeFilters): string {
  const parts = [
    filters.domain.map((d) => DOMAIN_INFO[d].label).join(" or "),
    filters.country.map((c) => COUNTRY_INFO[c].nameEn).join(" or "),
    filters.status.map((s) => STATUS_INFO[s].label).join(" or "),
    filters.actor.join(" or "),
    filters.sourceType.map((t) => SOURCE_TYPE_LABELS[t]).join(" or "),
    filters.q ? `“${filters.q}”` : "",
    filters.from || filters.to ? `announced ${filters.from ?? "…"}–${filters.to ?? "…"}` : "",
    filters.stalled ? "possibly stalled" : "",
    filters.page > 1 ? `page ${filters.page}` : "",
  ];
  return parts.filter(Boolean).join(" · ");
}
