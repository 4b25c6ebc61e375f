import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import type { TypedPayload } from "@/lib/ingest/payloads";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO } from "@/lib/vocabulary/domains";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";

/** The suggestion in a few words: the date, the country, the domain, the name. */
export function suggestionHeading(typed: TypedPayload): string {
  switch (typed.kind) {
    case "milestone": {
      const date = parsePartialDate(typed.payload.date);
      return date ? formatPartialDate(date) : typed.payload.date;
    }
    case "status-change": {
      const date = parsePartialDate(typed.payload.effectiveOn);
      return `${STATUS_INFO[typed.payload.fromStatus].label} → ${STATUS_INFO[typed.payload.toStatus].label}, ${date ? formatPartialDate(date) : typed.payload.effectiveOn}`;
    }
    case "country":
      return COUNTRY_INFO[typed.payload.code].nameEn;
    case "domain":
      return DOMAIN_INFO[typed.payload.slug].label;
    case "initiative-link":
    case "actor":
    case "new-initiative":
      return typed.payload.name;
  }
}
