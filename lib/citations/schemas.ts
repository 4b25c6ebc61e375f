// A citation as editors and scripts send it: a source and either a passage of its stored text (quote + offsets),
// a typed quote (for a source whose text we do not hold), or a note on what the source says.
import { z } from "zod";
import { PG_INT_MAX, positiveIntSchema, textSchema } from "@/lib/editorial/fields";

// The rules across fields are checked here and stated in the JSON Schema too (`meta`), so the OpenAPI document
// describes exactly the citations the server accepts. Whether offsets match the source's text is checked against
// the database (lib/citations/resolve.ts, a 422), which includes offsets that end before they start.
export const citationInputSchema = z
  .object({
    sourceId: positiveIntSchema("Pick a source."),
    quote: textSchema(1, 5000).optional(),
    quoteStart: z.number().int().min(0).max(PG_INT_MAX).optional(),
    quoteEnd: z.number().int().min(1).max(PG_INT_MAX).optional(),
    note: textSchema(1, 2000).optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.quote && !c.note) ctx.addIssue({ code: "custom", path: ["quote"], message: "Quote the passage (or add a note on what the source says)." });
    if ((c.quoteStart === undefined) !== (c.quoteEnd === undefined)) {
      ctx.addIssue({ code: "custom", path: ["quoteEnd"], message: "Give both offsets of the quoted passage, or neither." });
    }
    if (c.quoteStart !== undefined && !c.quote) ctx.addIssue({ code: "custom", path: ["quote"], message: "Offsets need the quoted text." });
  })
  .meta({
    anyOf: [{ required: ["quote"] }, { required: ["note"] }],
    dependentRequired: { quoteStart: ["quoteEnd", "quote"], quoteEnd: ["quoteStart"] },
  });

export type CitationInput = z.infer<typeof citationInputSchema>;

/** At least one citation: every change must say why. */
export const citationListSchema = z.array(citationInputSchema).min(1, "Cite at least one source.").max(20);
