import { AppError } from "@/lib/errors";
import type { FieldErrorMap } from "@/lib/citations/resolve";

/** Input that is well-formed but names things that do not exist or do not match: 422, every field listed. */
export function throwIfFieldErrors(errors: FieldErrorMap): void {
  const fields = Object.keys(errors);
  if (!fields.length) return;
  throw new AppError("unprocessable", `Please correct: ${fields.join(", ")}.`, { fieldErrors: errors });
}
