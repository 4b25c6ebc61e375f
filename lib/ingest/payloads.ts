// The payload of each kind of suggestion, as stored in suggestions.payload (jsonb) and read back defensively:
// a row written by an older version that no longer parses is shown as unreadable, never crashes the review page.
import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";
import { DATE_PRECISIONS, MILESTONE_KINDS } from "@/lib/vocabulary/misc";
import { STATUSES } from "@/lib/vocabulary/statuses";
import type { SuggestionKind } from "./vocabulary";

const evidence = z.array(z.object({ quote: z.string(), start: z.number().int(), end: z.number().int() }));
/** The catalog initiative this fact most likely concerns (mentioned in the same sentence, else the nearest). */
const initiativeSlug = z.string().nullable();

export const PAYLOAD_SCHEMAS = {
  country: z.object({ code: z.enum(COUNTRY_CODES), evidence, initiativeSlug }),
  domain: z.object({ slug: z.enum(DOMAIN_SLUGS), evidence, initiativeSlug }),
  "initiative-link": z.object({ slug: z.string(), name: z.string(), evidence }),
  "new-initiative": z.object({ name: z.string(), evidence }),
  actor: z.object({ slug: z.string(), name: z.string(), evidence, initiativeSlug }),
  milestone: z.object({
    /** YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY, by precision (a partial-date string). */
    date: z.string(),
    precision: z.enum(DATE_PRECISIONS),
    /** The date needed the article's date (relative, or without a year). */
    resolved: z.boolean(),
    evidence,
    initiativeSlug,
    kind: z.enum(MILESTONE_KINDS),
    isPlanned: z.boolean(),
    description: z.string(),
  }),
  "status-change": z.object({
    initiativeSlug: z.string(),
    /** The initiative's status when the article was read; the review page shows the status as it is now. */
    fromStatus: z.enum(STATUSES),
    toStatus: z.enum(STATUSES),
    /** The event's date (a partial-date string) and precision: the change's effective date. */
    effectiveOn: z.string(),
    precision: z.enum(DATE_PRECISIONS),
    /** The kind of event that implies the change (lib/ingest/status-hints.ts). */
    eventKind: z.enum(MILESTONE_KINDS),
    /** The change goes back in the lifecycle (e.g. operational → in progress): shown as such, never silently. */
    backwards: z.boolean(),
    /** The status change's note, from the passage. */
    note: z.string(),
    evidence,
  }),
} satisfies Record<SuggestionKind, z.ZodType>;

export type PayloadOf<K extends SuggestionKind> = z.infer<(typeof PAYLOAD_SCHEMAS)[K]>;

export type TypedPayload = { [K in SuggestionKind]: { kind: K; payload: PayloadOf<K> } }[SuggestionKind];

/** The payload parsed for its kind, or null when the stored JSON does not fit it. */
export function parsePayload(kind: SuggestionKind, payload: unknown): TypedPayload | null {
  const parsed = PAYLOAD_SCHEMAS[kind].safeParse(payload);
  return parsed.success ? ({ kind, payload: parsed.data } as TypedPayload) : null;
}
