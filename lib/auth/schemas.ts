import { z } from "zod";

export const signInInputSchema = z.object({
  email: z.email("Enter your email address.").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password.").max(128),
  /** Where to go afterwards: a path on this site only. */
  next: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/)
    .optional()
    .catch(undefined),
});
export type SignInInput = z.infer<typeof signInInputSchema>;
