import { z } from "zod";
import { USER_ROLES } from "@/lib/vocabulary/misc";

export const passwordSchema = z.string().min(12, "Use at least 12 characters.").max(128);

export const userCreateInputSchema = z.object({
  email: z.email("Enter an email address.").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter the person's name.").max(200),
  role: z.enum(USER_ROLES, { error: "Pick a role." }),
  /** Left out → a strong password is generated and shown once to the admin. */
  password: passwordSchema.optional(),
});
export type UserCreateInput = z.infer<typeof userCreateInputSchema>;

export const userRoleInputSchema = z.object({ userId: z.string().min(1), role: z.enum(USER_ROLES, { error: "Pick a role." }) });
export type UserRoleInput = z.infer<typeof userRoleInputSchema>;

export const userDisableInputSchema = z.object({
  userId: z.string().min(1),
  disabled: z.boolean(),
  reason: z.string().trim().max(500).optional(),
});
export type UserDisableInput = z.infer<typeof userDisableInputSchema>;
