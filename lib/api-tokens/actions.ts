"use server";
import { revalidatePath } from "next/cache";
import { formNumber, formText, protectedAction } from "@/lib/auth/action";
import { createApiToken, revokeApiToken } from "./mutations";
import { apiTokenCreateInputSchema, apiTokenRevokeInputSchema } from "./schemas";

export const createApiTokenAction = protectedAction(
  "createApiTokenAction",
  apiTokenCreateInputSchema,
  (fd) => ({ name: formText(fd, "name") }),
  async ({ actor, db }, input) => {
    const { id, token } = await createApiToken(db, actor, input);
    revalidatePath("/editor/tokens");
    // The token is returned to this one response and never again.
    return { status: "success", message: "Token created. Copy it now: it will not be shown again.", data: { id, token } };
  },
);

export const revokeApiTokenAction = protectedAction(
  "revokeApiTokenAction",
  apiTokenRevokeInputSchema,
  (fd) => ({ tokenId: formNumber(fd, "tokenId") }),
  async ({ actor, db }, input) => {
    await revokeApiToken(db, actor, input);
    revalidatePath("/editor/tokens");
    return { status: "success", message: "Token revoked." };
  },
);
