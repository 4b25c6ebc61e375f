import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import type { TypedPayload } from "@/lib/ingest/payloads";
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO } from "@/lib/vocabulary/domains";
import type { MilestoneKind } from "@/lib/vocabulary/misc";

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  announced: "Announced",
  proposed: "Proposed",
  agreed: "Agreed",
  signed: "Signed",
  adopted: "Adopted",
  launched: "Launched",
  "construction-started": "Construction started",
  "in-service": "In service",
  "meeting-held": "Meeting held",
  completed: "Completed",
  other: "Other",
};

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
