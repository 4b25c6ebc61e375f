// The wrapper every server action goes through: the same authentication and registry rule as the REST handlers
// (session cookie from our own origin), zod validation listing every field error, expected failures returned as
// form state, unexpected ones logged and answered generically. Redirects happen after the try, so they are not
// swallowed as errors.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { type Db, getDb } from "@/db/client";
import type { ConflictDetails } from "@/lib/editorial/lock";
import { AppError, fieldErrors } from "@/lib/errors";
import { findNul, formFieldsWithNul, NUL_MESSAGE } from "@/lib/security/input";
import { type Actor, identifyBySession } from "./actor";
import { authorize } from "./authorize";
import { ACTION_MUTATIONS, type ActionMutationId } from "./mutation-registry";
import { schemaMessage } from "./messages";
import { isSameOrigin } from "./same-origin";

export type FormState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[]>; code?: string }
  | { status: "conflict"; message: string; conflict: ConflictDetails }
  | { status: "success"; message: string; data?: Record<string, unknown> };

export const IDLE: FormState = { status: "idle" };

type Outcome = FormState & { redirectTo?: string };

export async function actionActor(id: ActionMutationId): Promise<{ actor: Actor; db: Db }> {
  const rule = ACTION_MUTATIONS[id];
  if (rule === "public") throw new Error(`${id} is public.`);
  const requestHeaders = await headers();
  const db = await getDb();
  const identity = await identifyBySession(db, requestHeaders);
  if (identity.kind !== "anonymous" && !isSameOrigin(requestHeaders)) {
    throw new AppError("forbidden", "Cross-site request refused.");
  }
  return { actor: authorize(identity, rule), db };
}

export function errorState(error: unknown): FormState {
  if (error instanceof AppError) {
    if (error.code === "conflict" && (error.details as ConflictDetails | undefined)?.currentVersion !== undefined) {
      return { status: "conflict", message: error.message, conflict: error.details as ConflictDetails };
    }
    const details = error.details as { fieldErrors?: Record<string, string[]> } | undefined;
    return { status: "error", code: error.code, message: error.message, fieldErrors: details?.fieldErrors };
  }
  console.error("[action] unexpected error:", error);
  return { status: "error", code: "internal", message: "Something went wrong on our side. Nothing was saved; please try again." };
}

export function protectedAction<S extends z.ZodType>(
  id: ActionMutationId,
  schema: S,
  toInput: (formData: FormData) => unknown,
  run: (ctx: { actor: Actor; db: Db }, input: z.infer<S>, formData: FormData) => Promise<Outcome>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    let outcome: Outcome;
    try {
      const ctx = await actionActor(id);
      const input = toInput(formData);
      // PostgreSQL text cannot hold NUL (U+0000): refused as a field error rather than failing in the query.
      const nulAt = formFieldsWithNul(formData)[0] ?? findNul(input);
      const parsed = schema.safeParse(input);
      if (nulAt !== null) {
        const errors = { [nulAt]: [NUL_MESSAGE] };
        outcome = { status: "error", code: "bad_request", message: schemaMessage(errors), fieldErrors: errors };
      } else if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        outcome = { status: "error", code: "bad_request", message: schemaMessage(errors), fieldErrors: errors };
      } else {
        outcome = await run(ctx, parsed.data, formData);
      }
    } catch (error) {
      outcome = errorState(error);
    }
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return outcome;
  };
}

/** FormData helpers: empty fields are "not given". */
export const formText = (fd: FormData, name: string): string | undefined => {
  const v = fd.get(name);
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
};
export const formNumber = (fd: FormData, name: string): number | undefined => {
  const v = formText(fd, name);
  return v === undefined || Number.isNaN(Number(v)) ? undefined : Number(v);
};
export const formJson = (fd: FormData, name: string): unknown => {
  const v = formText(fd, name);
  if (v === undefined) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
};
