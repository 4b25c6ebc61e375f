// Response schemas for the source archive, the reference lists and the dashboard aggregates (see schemas.ts).
import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/vocabulary/countries";
import { ACTOR_KINDS, ACTOR_ROLES, CLAIM_TYPES, MILESTONE_KINDS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";
import { named, partialDateSchema } from "./schemas";

const int = z.number().int();
const status = z.enum(STATUSES);

const sourceFields = {
  id: int,
  title: z.string(),
  publisher: z.string(),
  url: z.string().nullable(),
  published: partialDateSchema.nullable(),
  language: z.string(),
  sourceType: z.enum(SOURCE_TYPES),
  publisherCountry: z.string().length(2).nullable(),
  hasText: z.boolean(),
};
const facetValue = z.object({ value: z.string(), label: z.string(), count: int, selected: z.boolean() });

export const sourceListSchema = named(
  "SourceList",
  z.object({
    data: z.array(
      named("SourceListItem", z.object({ ...sourceFields, citationCount: int, initiativeCount: int, snippet: z.string().nullable() })),
    ),
    total: int,
    page: int,
    pageSize: int,
    facets: z.object({ publisher: z.array(facetValue), publisherCountry: z.array(facetValue), language: z.array(facetValue), sourceType: z.array(facetValue) }),
  }),
);

export const sourceDetailSchema = named(
  "SourceDetail",
  z.object({
    ...sourceFields,
    canonicalUrl: z.string().nullable(),
    fullText: z.string().nullable(),
    createdAt: z.iso.datetime(),
    citations: z.array(
      z.object({
        id: int,
        quote: z.string().nullable(),
        quoteStart: int.nullable(),
        quoteEnd: int.nullable(),
        note: z.string().nullable(),
        isVerified: z.boolean(),
        claim: z.object({
          type: z.enum(CLAIM_TYPES),
          initiative: z.object({ slug: z.string(), name: z.string() }),
          milestone: z
            .object({ id: int, kind: z.enum(MILESTONE_KINDS), description: z.string(), date: partialDateSchema, isPlanned: z.boolean() })
            .nullable(),
          statusChange: z.object({ id: int, from: status.nullable(), to: status, effective: partialDateSchema }).nullable(),
          country: z.string().nullable(),
          domain: z.object({ slug: z.string(), label: z.string() }).nullable(),
          actor: z.object({ slug: z.string(), name: z.string(), role: z.enum(ACTOR_ROLES).nullable() }).nullable(),
        }),
      }),
    ),
  }),
);

export const domainListSchema = named(
  "DomainList",
  z.object({ data: z.array(z.object({ slug: z.string(), label: z.string(), description: z.string(), initiativeCount: int })) }),
);

export const countryListSchema = named(
  "CountryList",
  z.object({
    data: z.array(
      z.object({
        code: z.enum(COUNTRY_CODES),
        nameEn: z.string(),
        nameZh: z.string(),
        nameDe: z.string(),
        isAsean: z.boolean(),
        aseanMemberSince: z.iso.date().nullable(),
        initiativeCount: int,
      }),
    ),
  }),
);

export const actorListSchema = named(
  "ActorList",
  z.object({
    data: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        kind: z.enum(ACTOR_KINDS),
        countryCode: z.enum(COUNTRY_CODES).nullable(),
        description: z.string(),
        aliases: z.array(z.string()),
        initiativeCount: int,
      }),
    ),
  }),
);

const statusCell = z.object({ key: z.string(), status, count: int });

export const statsSchema = named(
  "DashboardStats",
  z.object({
    headline: z.object({
      initiatives: int,
      sources: int,
      countries: int,
      recentChanges: int,
      recentSince: z.iso.date(),
      referenceDate: z.iso.date(),
    }),
    byStatus: z.array(z.object({ status, count: int })),
    statusByDomain: z.array(statusCell),
    statusByYear: z.array(statusCell),
    undated: int,
    statusByCountry: z.array(statusCell),
  }),
);

