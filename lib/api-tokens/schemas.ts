import { z } from "zod";

export const apiTokenCreateInputSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name, e.g. the script that uses it.").max(100),
});
export type ApiTokenCreateInput = z.infer<typeof apiTokenCreateInputSchema>;

// The id is an SQL integer: a larger number cannot name a token, and must be a 400, not a failed query (fuzz-actions).
export const apiTokenRevokeInputSchema = z.object({ tokenId: z.number().int().positive().max(2_147_483_647) });
export type ApiTokenRevokeInput = z.infer<typeof apiTokenRevokeInputSchema>;
