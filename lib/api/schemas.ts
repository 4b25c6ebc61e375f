// What the read endpoints answer, as zod schemas: the OpenAPI document's response components are generated from
// these, and the contract tests check every documented endpoint's real answers against the generated JSON Schema.
import { z } from "zod";
import { COUNTRY_CODES, COUNTRY_ROLES } from "@/lib/vocabulary/countries";
import { ACTOR_KINDS, ACTOR_ROLES, CLAIM_TYPES, DATE_PRECISIONS, INITIATIVE_SCOPES, MILESTONE_KINDS, SITE_KINDS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";

/** Schemas registered here become named components (#/components/schemas/<id>). */
export const apiComponents = z.registry<{ id: string; description?: string }>();
export function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiComponents.add(schema, description ? { id, description } : { id });
  return schema;
}

const int = z.number().int();
const status = z.enum(STATUSES);
const sourceType = z.enum(SOURCE_TYPES);

export const partialDateSchema = named(
  "PartialDate",
  z.object({ date: z.iso.date(), precision: z.enum(DATE_PRECISIONS) }),
  "A date known to a day, month, quarter or year: `date` is the first day of that period.",
);

export const errorSchema = named(
  "Error",
  z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) }),
  "Every error: a stable code, a message naming the offending parameter or field, and details.",
);

const facetValue = named("FacetValue", z.object({ value: z.string(), label: z.string(), count: int, selected: z.boolean() }));

export const initiativeListSchema = named(
  "InitiativeList",
  z.object({
    data: z.array(
      named(
        "InitiativeListItem",
        z.object({
          id: int,
          slug: z.string(),
          name: z.string(),
          summary: z.string(),
          status,
          firstAnnouncedOn: z.iso.date().nullable(),
          firstAnnouncedPrecision: z.enum(DATE_PRECISIONS).nullable(),
          lastEvidenceOn: z.iso.date().nullable(),
          evidenceCount: int,
          isPossiblyStalled: z.boolean(),
          scope: z.enum(INITIATIVE_SCOPES),
          reviewedOn: z.iso.date().nullable(),
          domains: z.array(z.string()),
          countries: z.array(z.enum(COUNTRY_CODES)),
          match: z
            .object({
              field: z.enum(["name", "alias", "text", "source", "domain", "country"]),
              /** ISO 639-1 code of the language of what matched; null when unknown. */
              language: z.string().nullable(),
              snippet: z.string(),
              source: z.object({ id: int, title: z.string(), publisher: z.string() }).nullable(),
            })
            .nullable(),
        }),
      ),
    ),
    page: int,
    pageSize: int,
    total: int,
    facets: named(
      "InitiativeFacets",
      z.object({
        domain: z.array(facetValue),
        country: z.array(facetValue),
        status: z.array(facetValue),
        actor: z.array(facetValue),
        sourceType: z.array(facetValue),
        stalled: int,
      }),
      "Counts per value under every other active filter.",
    ),
  }),
);

const sourceRef = named(
  "SourceRef",
  z.object({
    id: int,
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    published: partialDateSchema.nullable(),
    language: z.string(),
    sourceType,
    publisherCountry: z.string().length(2).nullable(),
    hasText: z.boolean(),
  }),
);

const citation = named(
  "Citation",
  z.object({
    id: int,
    claimType: z.enum(CLAIM_TYPES),
    quote: z.string().nullable(),
    quoteStart: int.nullable(),
    quoteEnd: int.nullable(),
    note: z.string().nullable(),
    isVerified: z.boolean(),
    source: sourceRef,
  }),
);

const linked = z.object({ slug: z.string(), name: z.string() });

export const initiativeDetailSchema = named(
  "InitiativeDetail",
  z.object({
    id: int,
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    status,
    statusSince: partialDateSchema.nullable(),
    scope: z.enum(INITIATIVE_SCOPES),
    reviewedOn: z.iso.date().nullable(),
    sites: z.array(
      named(
        "Site",
        z.object({
          kind: z.enum(SITE_KINDS),
          name: z.string(),
          city: z.string().nullable(),
          countryCode: z.string().length(2),
          latitude: z.number(),
          longitude: z.number(),
          source: z.object({ id: int, title: z.string() }),
        }),
        "Where a physical project is (a site) or where a cable lands, with the source that reports it.",
      ),
    ),
    version: int,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    dates: z.object({
      firstAnnounced: partialDateSchema.nullable(),
      plannedStart: partialDateSchema.nullable(),
      actualStart: partialDateSchema.nullable(),
      plannedEnd: partialDateSchema.nullable(),
      actualEnd: partialDateSchema.nullable(),
    }),
    parent: linked.nullable(),
    supersededBy: linked.nullable(),
    children: z.array(linked.extend({ status })),
    conflictNotes: z.array(z.string()),
    aliases: z.array(z.object({ name: z.string(), language: z.string() })),
    domains: z.array(z.object({ slug: z.string(), label: z.string() })),
    countries: z.array(z.object({ code: z.enum(COUNTRY_CODES), name: z.string(), role: z.enum(COUNTRY_ROLES) })),
    actors: z.array(z.object({ slug: z.string(), name: z.string(), kind: z.enum(ACTOR_KINDS), role: z.enum(ACTOR_ROLES) })),
    milestones: z.array(
      named(
        "Milestone",
        z.object({
          id: int,
          kind: z.enum(MILESTONE_KINDS),
          description: z.string(),
          date: partialDateSchema,
          isPlanned: z.boolean(),
          isVerified: z.boolean(),
          citations: z.array(citation),
        }),
      ),
    ),
    statusHistory: z.array(
      named(
        "StatusChange",
        z.object({
          id: int,
          from: status.nullable(),
          to: status,
          effective: partialDateSchema,
          note: z.string(),
          createdAt: z.iso.datetime(),
          citations: z.array(citation),
        }),
      ),
    ),
    claimCitations: z.array(citation),
    sources: z.array(sourceRef.extend({ citations: z.array(citation) })),
    lastEvidenceOn: z.iso.date().nullable(),
    evidenceCount: int,
    isPossiblyStalled: z.boolean(),
  }),
);
