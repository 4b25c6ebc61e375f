import { formatPartialDate } from "@/lib/dates/partial-date";
import type { SourceCitation } from "@/lib/sources/queries";
import { COUNTRY_INFO, isCountryCode } from "@/lib/vocabulary/countries";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";

/** Where on the initiative page the claim a citation supports is shown. */
export function claimHref(c: SourceCitation): string {
  const base = `/initiatives/${c.claim.initiative.slug}`;
  if (c.claim.milestone) return `${base}#milestone-${c.claim.milestone.id}`;
  if (c.claim.statusChange) return `${base}#status-change-${c.claim.statusChange.id}`;
  return `${base}#summary`;
}

/** The claim in words, without the initiative's name (shown next to it). */
export function claimText(c: SourceCitation): string {
  const { claim } = c;
  switch (claim.type) {
    case "milestone":
      return claim.milestone
        ? `${claim.milestone.isPlanned ? "Planned milestone" : "Milestone"}: “${claim.milestone.description}” (${formatPartialDate(claim.milestone.date)})`
        : "A milestone";
    case "status-change":
      return claim.statusChange
        ? `Status ${STATUS_INFO[claim.statusChange.to].label} since ${formatPartialDate(claim.statusChange.effective)}`
        : "A status change";
    case "country":
      return `Involves ${claim.country && isCountryCode(claim.country) ? COUNTRY_INFO[claim.country].nameEn : (claim.country ?? "a country")}`;
    case "domain":
      return `Belongs to the domain ${claim.domain?.label ?? ""}`.trim();
    case "actor":
      return `${claim.actor?.name ?? "An actor"} takes part${claim.actor?.role ? ` as ${claim.actor.role}` : ""}`;
    case "initiative":
      return "That the initiative exists, as described";
  }
}
