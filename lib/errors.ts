// One error type for expected failures and one HTTP error shape: { error: { code, message, details? } }.
// Expected failures are values with a clear 4xx message; anything else is logged and answered with a generic 500.
import { z } from "zod";

export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Field errors keyed by dotted path, every issue listed: { "citations.0.quote": ["Required"] }. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function validationError(error: z.ZodError, what = "input"): AppError {
  const fields = fieldErrors(error);
  const names = Object.keys(fields).filter((k) => k !== "_");
  const message = names.length ? `Invalid ${what}: ${names.join(", ")}.` : `Invalid ${what}.`;
  return new AppError("bad_request", message, { fieldErrors: fields });
}

/** Turns any thrown value into the HTTP error shape. Unexpected errors are logged, never echoed. */
export function errorResponse(error: unknown, headers?: HeadersInit): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
    return Response.json(body, { status: error.status, headers });
  }
  if (error instanceof z.ZodError) return errorResponse(validationError(error), headers);
  console.error("[api] unexpected error:", error);
  const body: ErrorBody = { error: { code: "internal", message: "Something went wrong on our side. Please try again." } };
  return Response.json(body, { status: 500, headers });
}
