// The review API's responses, for the OpenAPI document (lib/api/operations.ts) and the integration tests.
import { z } from "zod";
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from "./vocabulary";

const outcomeSchema = z.object({
  suggestionId: z.number().int(),
  status: z.enum(SUGGESTION_STATUSES),
  /**
   * What the decision created: { initiativeSlug, milestoneId }, { initiativeSlug, statusChangeId, version } or
   * { initiativeSlug, citationId }; {} for a rejection.
   */
  result: z.record(z.string(), z.unknown()),
});

export const suggestionViewSchema = z.object({
  id: z.number().int(),
  kind: z.enum(SUGGESTION_KINDS),
  /** Kind-specific (lib/ingest/payloads.ts); null when stored in a form this version cannot read. */
  payload: z.record(z.string(), z.unknown()).nullable(),
  quote: z.string(),
  quoteStart: z.number().int(),
  quoteEnd: z.number().int(),
  confidence: z.number(),
  status: z.enum(SUGGESTION_STATUSES),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
});

export const suggestionListSchema = z.object({
  data: z.object({
    source: z.object({ id: z.number().int(), title: z.string(), publisher: z.string(), url: z.string().nullable(), language: z.string(), reviewUrl: z.string() }),
    pending: z.number().int(),
    suggestions: z.array(suggestionViewSchema),
  }),
});

export const decisionResultSchema = z.object({ data: outcomeSchema });
export const batchResultSchema = z.object({ data: z.object({ applied: z.number().int(), outcomes: z.array(outcomeSchema) }) });
