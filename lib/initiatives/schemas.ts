// Write inputs for initiatives (create, and PATCH of changed fields). Plain zod objects, reused by the editor
// forms, the REST handlers and the OpenAPI document.
import { z } from "zod";
import { isoDaySchema } from "@/lib/dates/schemas";
import { citationInputSchema, citationListSchema } from "@/lib/citations/schemas";
import { partialDateSchema, textSchema, versionSchema } from "@/lib/editorial/fields";
import { COUNTRY_CODES, COUNTRY_ROLES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { ACTOR_ROLES, INITIATIVE_SCOPES, type InitiativeScope } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";

export const slugSchema = z
  .string()
  .trim()
  .min(3)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens.");

export const aliasInputSchema = z.object({
  name: textSchema(1, 300, "Enter the name."),
  language: z.string().trim().regex(/^[a-z]{2}$/, "Use a two-letter ISO 639-1 code, e.g. zh."),
});

export const countryLinkInputSchema = z.object({ code: z.enum(COUNTRY_CODES), role: z.enum(COUNTRY_ROLES) });
export const actorLinkInputSchema = z.object({ slug: textSchema(1, 120, "Pick an actor."), role: z.enum(ACTOR_ROLES) });

const optionalDate = partialDateSchema.nullable().optional();

/** When an editor checked the status against the sources (a day in the future is refused by the mutation, 422). */
export const reviewedOnSchema = isoDaySchema;

/** Everything about an initiative an editor can set, other than its status (which needs evidence). */
export const initiativeFieldsSchema = z.object({
  name: textSchema(3, 300, "Enter a name (3 characters or more)."),
  summary: textSchema(10, 5000, "Write a summary (10 characters or more)."),
  firstAnnouncedOn: optionalDate,
  plannedStartOn: optionalDate,
  actualStartOn: optionalDate,
  plannedEndOn: optionalDate,
  actualEndOn: optionalDate,
  parentSlug: slugSchema.nullable().optional(),
  supersededBySlug: slugSchema.nullable().optional(),
  conflictNotes: z.array(textSchema(1, 1000)).max(20).optional(),
  /** Derived from the countries when omitted on creation: ten or more ASEAN members region-wide, one bilateral. */
  scope: z.enum(INITIATIVE_SCOPES).optional(),
  /** When an editor last checked the status against the sources ("checked", beside "last evidence"). */
  reviewedOn: reviewedOnSchema.nullable().optional(),
  aliases: z.array(aliasInputSchema).max(50).optional(),
  domains: z.array(z.enum(DOMAIN_SLUGS)).max(DOMAIN_SLUGS.length).optional(),
  countries: z.array(countryLinkInputSchema).max(60).optional(),
  actors: z.array(actorLinkInputSchema).max(60).optional(),
});

export const initiativeCreateInputSchema = initiativeFieldsSchema.extend({
  /** Derived from the name when omitted. */
  slug: slugSchema.optional(),
  status: z.enum(STATUSES),
  /** When the initial status took effect; defaults to firstAnnouncedOn, else today. */
  statusEffectiveOn: partialDateSchema.optional(),
  /** Evidence that the initiative exists (and for its initial status). */
  citations: citationListSchema,
});
export type InitiativeCreateInput = z.infer<typeof initiativeCreateInputSchema>;

export const initiativeUpdateInputSchema = initiativeFieldsSchema
  .partial()
  .extend({
    version: versionSchema,
    /** Optional evidence for the edit, attached to the initiative. */
    citations: z.array(citationInputSchema).max(20).optional(),
    status: z
      .never({ error: "Change the status with POST /api/v1/initiatives/{slug}/status-changes: it needs a date, a note and a citation." })
      .optional(),
  })
  .refine(
    (input) => Object.keys(input).some((k) => k !== "version" && k !== "citations" && input[k as keyof typeof input] !== undefined),
    { message: "Nothing to change: send at least one field." },
  )
  // The same rule in the JSON Schema (OpenAPI): at least one of the editable fields is present.
  .meta({ anyOf: Object.keys(initiativeFieldsSchema.shape).map((field) => ({ required: [field] })) });
export type InitiativeUpdateInput = z.infer<typeof initiativeUpdateInputSchema>;

/** The scope implied by the countries, for initiatives created without one. */
export function scopeFromCountries(codes: readonly string[]): InitiativeScope {
  const members = new Set(codes.filter((c) => c !== "CN")).size;
  return members >= 10 ? "region-wide" : members === 1 ? "bilateral" : "multi-country";
}
