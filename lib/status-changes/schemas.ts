import { z } from "zod";
import { citationListSchema } from "@/lib/citations/schemas";
import { partialDateSchema, textSchema, versionSchema } from "@/lib/editorial/fields";
import { STATUSES } from "@/lib/vocabulary/statuses";

/** A status change: the new status, when it took effect (its precision is in the string), why, and the evidence. */
export const statusChangeInputSchema = z.object({
  status: z.enum(STATUSES, { error: "Pick the new status." }),
  effectiveOn: partialDateSchema,
  note: textSchema(3, 2000, "Say briefly why the status changed."),
  citations: citationListSchema,
  version: versionSchema,
});
export type StatusChangeInput = z.infer<typeof statusChangeInputSchema>;
