// Reading request bodies with limits, for every route handler that reads one. The body is streamed and counted, so
// an oversized request is refused (413) after maxBytes without being buffered whole, whatever Content-Length says;
// JSON nesting deeper than maxDepth is refused (400) before JSON.parse builds it. Both answer with AppError, so the
// handler's error wrapper turns them into the one error shape.
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertNoNul } from "@/lib/security/input";

export const DEFAULT_MAX_JSON_DEPTH = 32;

export type BodyLimits = { maxBytes?: number; maxDepth?: number };

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than the limit of ${maxBytes} bytes.`, { maxBytes });
}

/** The body's bytes, at most maxBytes of them; more → 413. */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The body as UTF-8 text, at most maxBytes; bytes that are not UTF-8 → 400. */
export async function readTextBody(request: Request, { maxBytes = getEnv().MAX_JSON_BODY_BYTES }: BodyLimits = {}): Promise<string> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not valid UTF-8.");
  }
}

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing it (strings are skipped). */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function isJsonContentType(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/**
 * A JSON body within limits: not JSON content type → 415, larger than maxBytes → 413, not UTF-8, malformed,
 * nested deeper than maxDepth or holding a NUL character (PostgreSQL text cannot) → 400. Returns the parsed value,
 * still to be validated with zod.
 */
export async function readJsonBody(request: Request, { maxBytes = getEnv().MAX_JSON_BODY_BYTES, maxDepth = DEFAULT_MAX_JSON_DEPTH }: BodyLimits = {}): Promise<unknown> {
  if (!isJsonContentType(request)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  }
  const text = await readTextBody(request, { maxBytes });
  if (jsonDepth(text, maxDepth) > maxDepth) {
    throw new AppError("bad_request", `The JSON body is nested more than ${maxDepth} levels deep.`, { maxDepth });
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  assertNoNul(value, "request body");
  return value;
}

/** A multipart or urlencoded upload within maxBytes (default MAX_UPLOAD_BYTES) → its FormData; larger → 413. */
export async function readFormBody(request: Request, { maxBytes = getEnv().MAX_UPLOAD_BYTES }: BodyLimits = {}): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the upload as multipart/form-data.");
  }
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("bad_request", "The upload is not well-formed form data.");
  }
}

/**
 * For handlers that pass the request on to a library (better-auth): the same request with its body read within
 * maxBytes and buffered, so the library never reads an unbounded stream.
 */
export async function withBoundedBody(request: Request, maxBytes: number): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const bytes = await readBodyBytes(request, maxBytes);
  // A fresh Request: the original's body stream is consumed and cannot be reused.
  return new Request(request.url, { method: request.method, headers: request.headers, body: bytes.byteLength ? bytes : null, signal: request.signal });
}
