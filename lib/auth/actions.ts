"use server";
// Sign-in and sign-out through better-auth's server API; the next-cookies plugin puts its Set-Cookie into the response.
import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { fieldErrors } from "@/lib/errors";
import type { FormState } from "./action";
import { identifyBySession } from "./actor";
import { canEdit } from "./authorize";
import { schemaMessage } from "./messages";
import { signInInputSchema } from "./schemas";
import { getAuth } from "./server";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInInputSchema.safeParse({ email: formData.get("email"), password: formData.get("password"), next: formData.get("next") ?? undefined });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { status: "error", message: schemaMessage(errors), fieldErrors: errors };
  }
  const requestHeaders = await headers();
  let userId: string;
  try {
    const auth = await getAuth();
    const result = await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
    userId = result.user.id;
  } catch (error) {
    if (error instanceof APIError) {
      if (error.statusCode === 401) return { status: "error", code: "unauthorized", message: "Wrong email or password." };
      if (error.statusCode === 429 || error.statusCode === 403) return { status: "error", code: error.statusCode === 429 ? "rate_limited" : "forbidden", message: error.message };
    }
    console.error("[auth] sign-in failed:", error);
    return { status: "error", code: "internal", message: "Signing in failed on our side. Please try again." };
  }
  const [user] = await (await getDb()).select({ role: users.role }).from(users).where(eq(users.id, userId));
  redirect(parsed.data.next ?? (canEdit(user?.role) ? "/editor" : "/"));
}

export async function signOutAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  const requestHeaders = await headers();
  const identity = await identifyBySession(await getDb(), requestHeaders);
  if (identity.kind !== "anonymous") await (await getAuth()).api.signOut({ headers: requestHeaders });
  redirect("/");
}
