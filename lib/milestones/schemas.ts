import { z } from "zod";
import { citationListSchema } from "@/lib/citations/schemas";
import { partialDateSchema, positiveIntSchema, textSchema, versionSchema } from "@/lib/editorial/fields";
import { MILESTONE_KINDS } from "@/lib/vocabulary/misc";

export const milestoneFieldsSchema = z.object({
  kind: z.enum(MILESTONE_KINDS, { error: "Pick what kind of milestone this is." }),
  description: textSchema(3, 2000, "Describe the milestone."),
  /** Its date; the string states the precision ("2025-Q3"). */
  occurredOn: partialDateSchema,
  /** A target date rather than something that has happened. */
  isPlanned: z.boolean().default(false),
  citations: citationListSchema,
});

/** Milestone writes carry the initiative's version: a milestone is part of the initiative's record. */
export const milestoneCreateInputSchema = milestoneFieldsSchema.extend({ version: versionSchema });
export type MilestoneCreateInput = z.infer<typeof milestoneCreateInputSchema>;

export const milestoneUpdateInputSchema = milestoneFieldsSchema.extend({
  milestoneId: positiveIntSchema(),
  version: versionSchema,
});
export type MilestoneUpdateInput = z.infer<typeof milestoneUpdateInputSchema>;

export const milestoneDeleteInputSchema = z.object({
  milestoneId: positiveIntSchema(),
  version: versionSchema,
  reason: textSchema(3, 2000, "Say why the milestone is removed."),
});
export type MilestoneDeleteInput = z.infer<typeof milestoneDeleteInputSchema>;
