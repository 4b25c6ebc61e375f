import { z } from "zod";

export const apiTokenCreateInputSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name, e.g. the script that uses it.").max(100),
});
export type ApiTokenCreateInput = z.infer<typeof apiTokenCreateInputSchema>;

export const apiTokenRevokeInputSchema = z.object({ tokenId: z.number().int().positive() });
export type ApiTokenRevokeInput = z.infer<typeof apiTokenRevokeInputSchema>;
