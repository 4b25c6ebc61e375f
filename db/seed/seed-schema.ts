// The shape of db/seed/data/seed.json, validated before anything is written.
import { z } from "zod";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { COUNTRY_CODES, COUNTRY_ROLES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { ACTOR_KINDS, ACTOR_ROLES, INITIATIVE_SCOPES, MILESTONE_KINDS, SITE_KINDS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";

const partialDate = z.string().refine((s) => parsePartialDate(s) !== null, "expected YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD");
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const alias = z.object({ name: z.string().min(1), lang: z.string().min(2).max(8) });

const citation = z
  .object({ sourceUrl: z.string().url(), quote: z.string().min(1).nullable(), note: z.string().min(1).nullable() })
  .refine((c) => c.quote !== null || c.note !== null, "a citation needs a quote or a note");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoCountry = z.string().regex(/^[A-Z]{2}$/);

const site = z.object({
  kind: z.enum(SITE_KINDS),
  name: z.string().min(1),
  city: z.string().min(1).nullable(),
  countryCode: isoCountry,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  sourceUrl: z.string().url(),
});

export const seedSchema = z.object({
  /** The demo data's version (semver-like, "2026.12.1") and the day its research was last checked ("as of"). */
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
  asOf: day,
  sources: z.array(
    z.object({
      url: z.string().url(),
      title: z.string().min(1),
      publisher: z.string().min(1),
      publishedOn: partialDate.nullable(),
      language: z.string().min(2).max(8),
      sourceType: z.enum(SOURCE_TYPES),
      publisherCountry: isoCountry.nullable(),
    }),
  ),
  actors: z.array(
    z.object({
      slug,
      name: z.string().min(1),
      kind: z.enum(ACTOR_KINDS),
      countryCode: z.enum(COUNTRY_CODES).nullable(),
      description: z.string(),
      aliases: z.array(alias),
    }),
  ),
  initiatives: z.array(
    z.object({
      slug,
      name: z.string().min(1),
      summary: z.string().min(1),
      status: z.enum(STATUSES),
      statusRationale: z.string().optional(),
      firstAnnouncedOn: partialDate.nullable(),
      plannedStartOn: partialDate.nullable(),
      actualStartOn: partialDate.nullable(),
      plannedEndOn: partialDate.nullable(),
      actualEndOn: partialDate.nullable(),
      scope: z.enum(INITIATIVE_SCOPES),
      reviewedOn: day.nullable(),
      sites: z.array(site),
      parentSlug: slug.nullable(),
      supersededBySlug: slug.nullable(),
      aliases: z.array(alias),
      domains: z.array(z.enum(DOMAIN_SLUGS)).min(1),
      countries: z.array(z.object({ code: z.enum(COUNTRY_CODES), role: z.enum(COUNTRY_ROLES) })),
      actors: z.array(z.object({ slug, role: z.enum(ACTOR_ROLES) })),
      milestones: z.array(
        z.object({
          kind: z.enum(MILESTONE_KINDS),
          description: z.string().min(1),
          date: partialDate,
          isPlanned: z.boolean(),
          isVerified: z.boolean(),
          citations: z.array(citation).min(1),
        }),
      ),
      statusHistory: z
        .array(
          z.object({
            from: z.enum(STATUSES).nullable(),
            to: z.enum(STATUSES),
            effectiveOn: partialDate,
            note: z.string().min(1),
            citations: z.array(citation).min(1),
          }),
        )
        .min(1),
      citations: z.array(citation).min(1),
      conflicts: z.array(z.string()),
    }),
  ),
});

export type SeedData = z.infer<typeof seedSchema>;
export type SeedInitiative = SeedData["initiatives"][number];
export type SeedCitation = z.infer<typeof citation>;
export type SeedSite = z.infer<typeof site>;
