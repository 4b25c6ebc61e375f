import { z } from "zod";
import { partialDateSchema } from "@/lib/editorial/fields";
import { SOURCE_TYPES } from "@/lib/vocabulary/misc";

/** A source added by hand: its metadata, and its text where we hold it (citations then quote passages of it). */
export const sourceCreateInputSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: "Enter a full http(s) address." }).optional(),
    title: z.string().trim().min(3, "Enter the title.").max(500),
    publisher: z.string().trim().min(2, "Enter the publisher.").max(300),
    publishedOn: partialDateSchema.optional(),
    language: z.string().trim().regex(/^[a-z]{2}$/, "Use a two-letter ISO 639-1 code, e.g. en."),
    sourceType: z.enum(SOURCE_TYPES, { error: "Pick the kind of source." }),
    fullText: z.string().max(500_000).optional(),
  })
  .refine((s) => s.url || s.fullText?.trim(), { path: ["url"], message: "Give the address, the text, or both." });
export type SourceCreateInput = z.infer<typeof sourceCreateInputSchema>;
