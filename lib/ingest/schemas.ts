// Inputs of the ingestion pipeline: the extraction API, an article to store (form, REST, import row) and an
// editor's decision on a suggestion. Reused by the forms, the REST handlers, the importer and the OpenAPI document.
import { z } from "zod";
import { isoDaySchema } from "@/lib/dates/schemas";
import { partialDateSchema, positiveIntSchema, textSchema, versionSchema } from "@/lib/editorial/fields";
import { slugSchema } from "@/lib/initiatives/schemas";
import { COUNTRY_CODES, COUNTRY_ROLES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { ACTOR_ROLES, MILESTONE_KINDS, SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";
import { MAX_ARTICLE_CHARS, MIN_ARTICLE_CHARS } from "./limits";


export const languageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, "Use a two-letter ISO 639-1 code, e.g. en, de or zh.");

/** POST /api/v1/extract. Nothing is stored. */
export const extractInputSchema = z.object({
  text: z
    .string({ error: "Send the article text as `text`." })
    .min(1, "The text is empty.")
    .max(MAX_ARTICLE_CHARS, `The text is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters.`),
  title: z.string().max(1000).optional(),
  /** Anchors relative dates ("last November") and year-less ones ("6月12日"). */
  publishedOn: isoDaySchema.optional(),
  /** Detected when absent. */
  language: languageCodeSchema.optional(),
});
export type ExtractInput = z.infer<typeof extractInputSchema>;

const articleText = z
  .string({ error: "Paste the article's text." })
  .max(MAX_ARTICLE_CHARS, `The text is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters: split it, or keep the article's body only.`)
  // Stated as a pattern (at least MIN_ARTICLE_CHARS from the first to the last non-space character, i.e. once
  // trimmed) so that the OpenAPI document says it too.
  .regex(new RegExp(String.raw`\S[\s\S]{${MIN_ARTICLE_CHARS - 2},}\S`), `Paste the article's text (${MIN_ARTICLE_CHARS} characters or more).`);

/** An article to store and extract from: POST /api/v1/sources, the /sources/new form and each import row. */
export const articleInputSchema = z.object({
  text: articleText,
  title: textSchema(3, 500, "Enter the title.", { missing: "Enter the title." }),
  publisher: textSchema(2, 300, "Enter the publisher.", { missing: "Enter the publisher." }),
  url: z.url({ protocol: /^https?$/, error: "Enter a full http(s) address." }).max(2000).optional(),
  publishedOn: partialDateSchema.optional(),
  /** Detected from the text when absent. */
  language: languageCodeSchema.optional(),
  sourceType: z.enum(SOURCE_TYPES, { error: "Pick the kind of source." }),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

const suggestionId = positiveIntSchema("Name the suggestion by its id.");

/** Rejecting: nothing is written but the decision. */
const rejectDecision = z.object({ decision: z.literal("reject") });

/**
 * Accepting, as suggested or with changes ("edit" is accepted as a synonym: the suggestion is recorded as "edited"
 * whenever a value differs from what was suggested). Which fields apply depends on the suggestion's kind.
 */
const acceptDecision = z.object({
  decision: z.enum(["accept", "edit"]),
  initiativeSlug: slugSchema.optional(),
  countryCode: z.enum(COUNTRY_CODES, { error: "Pick a country." }).optional(),
  countryRole: z.enum(COUNTRY_ROLES, { error: "Pick the country's role." }).optional(),
  domainSlug: z.enum(DOMAIN_SLUGS, { error: "Pick a domain." }).optional(),
  actorSlug: slugSchema.optional(),
  actorRole: z.enum(ACTOR_ROLES, { error: "Pick the actor's role." }).optional(),
  milestoneKind: z.enum(MILESTONE_KINDS, { error: "Pick what kind of milestone this is." }).optional(),
  description: textSchema(3, 2000, "Describe the milestone.").optional(),
  occurredOn: partialDateSchema.optional(),
  isPlanned: z.boolean().optional(),
  /** A status change: the new status, when it took effect and the note (each defaults to the suggestion's). */
  toStatus: z.enum(STATUSES, { error: "Pick the new status." }).optional(),
  effectiveOn: partialDateSchema.optional(),
  note: textSchema(3, 2000, "Say briefly why the status changed.").optional(),
  /** A status change: the initiative's version the editor reviewed it against (required there; a stale one is a 409). */
  version: versionSchema.optional(),
});

const decisionError = { error: "Choose accept, edit or reject." };

/** POST /api/v1/sources/{id}/suggestions/{suggestionId}/decision: the suggestion is named by the path. */
export const suggestionDecisionSchema = z.discriminatedUnion("decision", [rejectDecision, acceptDecision], decisionError);
export type SuggestionDecision = z.infer<typeof suggestionDecisionSchema>;

/** An editor's decision on one suggestion: the review form, the REST decision and each item of a batch. */
export const reviewInputSchema = z.discriminatedUnion("decision", [rejectDecision.extend({ suggestionId }), acceptDecision.extend({ suggestionId })], decisionError);
export type ReviewInput = z.infer<typeof reviewInputSchema>;
export type AcceptInput = Exclude<ReviewInput, { decision: "reject" }>;

export const MAX_BATCH_DECISIONS = 1000;

/** POST /api/v1/sources/{id}/review and the bulk accepts: applied together or not at all. */
export const reviewBatchInputSchema = z.object({
  decisions: z
    .array(reviewInputSchema)
    .min(1, "Send at least one decision.")
    .max(MAX_BATCH_DECISIONS, `Send at most ${MAX_BATCH_DECISIONS} decisions at once.`)
    .refine((list) => new Set(list.map((d) => d.suggestionId)).size === list.length, "Each suggestion may be decided once per batch."),
});
export type ReviewBatchInput = z.infer<typeof reviewBatchInputSchema>;
