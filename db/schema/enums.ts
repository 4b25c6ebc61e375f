import { pgEnum } from "drizzle-orm/pg-core";
import { COUNTRY_ROLES } from "@/lib/vocabulary/countries";
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  CLAIM_TYPES,
  DATE_PRECISIONS,
  INITIATIVE_SCOPES,
  MILESTONE_KINDS,
  SITE_KINDS,
  SOURCE_TYPES,
  USER_ROLES,
} from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";

export const statusEnum = pgEnum("initiative_status", STATUSES);
export const datePrecisionEnum = pgEnum("date_precision", DATE_PRECISIONS);
export const sourceTypeEnum = pgEnum("source_type", SOURCE_TYPES);
export const milestoneKindEnum = pgEnum("milestone_kind", MILESTONE_KINDS);
export const actorKindEnum = pgEnum("actor_kind", ACTOR_KINDS);
export const actorRoleEnum = pgEnum("actor_role", ACTOR_ROLES);
export const countryRoleEnum = pgEnum("country_role", COUNTRY_ROLES);
export const userRoleEnum = pgEnum("user_role", USER_ROLES);
export const claimTypeEnum = pgEnum("claim_type", CLAIM_TYPES);
export const initiativeScopeEnum = pgEnum("initiative_scope", INITIATIVE_SCOPES);
export const siteKindEnum = pgEnum("site_kind", SITE_KINDS);
