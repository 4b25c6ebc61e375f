// Smaller closed vocabularies shared by the schema (pgEnum) and validation (zod).
export const DATE_PRECISIONS = ["day", "month", "quarter", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SOURCE_TYPES = [
  "official-china",
  "official-asean-member",
  "asean-secretariat",
  "state-media",
  "independent-press",
  "company",
  "other",
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  "official-china": "Official (China)",
  "official-asean-member": "Official (ASEAN member)",
  "asean-secretariat": "ASEAN Secretariat",
  "state-media": "State media",
  "independent-press": "Independent press",
  company: "Company",
  other: "Other",
};

/** Primary sources: a party's own words (governments, ASEAN bodies, companies). */
export const PRIMARY_SOURCE_TYPES: readonly SourceType[] = ["official-china", "official-asean-member", "asean-secretariat", "company"];

/**
 * Who an initiative involves. The map and country pages can leave region-wide agreements out, since they count for
 * every member and say little about where cooperation happens.
 */
export const INITIATIVE_SCOPES = ["region-wide", "multi-country", "bilateral"] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

export const INITIATIVE_SCOPE_LABELS: Record<InitiativeScope, string> = {
  "region-wide": "Region-wide (ASEAN as a whole)",
  "multi-country": "Several named members",
  bilateral: "China and one member",
};

export const SITE_KINDS = ["site", "landing-point"] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const MILESTONE_KINDS = [
  "announced",
  "proposed",
  "agreed",
  "signed",
  "adopted",
  "launched",
  "construction-started",
  "in-service",
  "meeting-held",
  "completed",
  "cancelled",
  "superseded",
  "other",
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

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
  cancelled: "Cancelled or withdrawn",
  superseded: "Replaced",
  other: "Other",
};

export const ACTOR_KINDS = ["ministry", "agency", "company", "person", "organisation", "forum"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_ROLES = [
  "lead",
  "organiser",
  "signatory",
  "operator",
  "builder",
  "funder",
  "participant",
  "spokesperson",
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const USER_ROLES = ["viewer", "editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** What a citation supports. Every claim type has its own foreign key column on `citations`. */
export const CLAIM_TYPES = ["initiative", "milestone", "status-change", "country", "domain", "actor"] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];
