import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import type { TypedPayload } from "@/lib/ingest/payloads";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO } from "@/lib/vocabulary/domains";

/** The suggestion in a few words: the date, the country, the domain, the name. */
export function suggestionHeading(typed: TypedPayload): string {
  switch (typed.kind) {
    case "milestone": {
      const date = parsePartialDate(typed.payload.date);
      return date ? formatPartialDate(date) : typed.payload.date;
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
