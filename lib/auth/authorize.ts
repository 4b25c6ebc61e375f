// The one place that turns an identity and a rule into "go ahead" or a 401/403.
import { AppError } from "@/lib/errors";
import type { Actor, Identity } from "./actor";

/** editor: editors and admins; admin: admins only; signed-in: any enabled account. */
export type AccessRule = "editor" | "admin" | "signed-in";

export function canEdit(role: Actor["role"] | undefined): boolean {
  return role === "editor" || role === "admin";
}

export function authorize(identity: Identity, rule: AccessRule): Actor {
  if (identity.kind === "anonymous") {
    throw new AppError(
      "unauthorized",
      identity.reason === "invalid-token" ? "This API token is invalid or has been revoked." : "Please sign in first.",
    );
  }
  if (identity.kind === "disabled") throw new AppError("forbidden", "This account has been disabled.");
  const { actor } = identity;
  if (rule === "admin" && actor.role !== "admin") throw new AppError("forbidden", "Only administrators can do this.");
  if (rule === "editor" && !canEdit(actor.role)) throw new AppError("forbidden", "Only editors and administrators can make changes.");
  return actor;
}
