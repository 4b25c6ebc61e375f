// A citation as editors and scripts send it: a source and either a passage of its stored text (quote + offsets),
// a typed quote (for a source whose text we do not hold), or a note on what the source says.
import { z } from "zod";

export const citationInputSchema = z
  .object({
    sourceId: z.number({ error: "Pick a source." }).int().positive(),
    quote: z.string().trim().min(1).max(5000).optional(),
    quoteStart: z.number().int().min(0).optional(),
    quoteEnd: z.number().int().min(1).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.quote && !c.note) ctx.addIssue({ code: "custom", path: ["quote"], message: "Quote the passage (or add a note on what the source says)." });
    if ((c.quoteStart === undefined) !== (c.quoteEnd === undefined)) {
      ctx.addIssue({ code: "custom", path: ["quoteEnd"], message: "Give both offsets of the quoted passage, or neither." });
    }
    if (c.quoteStart !== undefined && c.quoteEnd !== undefined && c.quoteEnd <= c.quoteStart) {
      ctx.addIssue({ code: "custom", path: ["quoteEnd"], message: "The passage must end after it starts." });
    }
    if (c.quoteStart !== undefined && !c.quote) ctx.addIssue({ code: "custom", path: ["quote"], message: "Offsets need the quoted text." });
  });

export type CitationInput = z.infer<typeof citationInputSchema>;

/** At least one citation: every change must say why. */
export const citationListSchema = z.array(citationInputSchema).min(1, "Cite at least one source.").max(20);
