// HTTP caching and CORS for public reads: a strong ETag (hash of the body) with If-None-Match → 304,
// Last-Modified from the data, Cache-Control, and CORS open to any origin for GET/HEAD/OPTIONS.
import { createHash } from "node:crypto";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since, Content-Type",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Content-Disposition",
  "Access-Control-Max-Age": "86400",
};

/** Short shared caching with revalidation: clients keep a response a minute, then ask again with the ETag. */
export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export type Representation = {
  body: string;
  contentType: string;
  /** The newest change in the data the body was built from; sent as Last-Modified. */
  lastModified?: Date | null;
  /** Suggests a file name to browsers (Content-Disposition: attachment). */
  filename?: string;
  /** What the ETag hashes when it is not the body itself (e.g. a body that carries its own generation time). */
  etagSource?: string;
  /** The ETag, when already computed (a cached representation). */
  etag?: string;
};

export function etagOf(content: string): string {
  return `"${createHash("sha256").update(content).digest("base64url").slice(0, 32)}"`;
}

/** RFC 9110 weak comparison: any listed tag (W/ or not) equal to ours, or "*". */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function notModifiedSince(header: string | null, lastModified: Date | null | undefined): boolean {
  if (!header || !lastModified) return false;
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** 200 with the body, or 304 when the client's copy is current (If-None-Match wins over If-Modified-Since). */
export function representationResponse(request: Request, rep: Representation): Response {
  const etag = rep.etag ?? etagOf(rep.etagSource ?? rep.body);
  const headers = new Headers({ ...CORS_HEADERS, ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" });
  if (rep.lastModified) headers.set("Last-Modified", rep.lastModified.toUTCString());
  const ifNoneMatch = request.headers.get("if-none-match");
  const fresh = ifNoneMatch !== null ? matchesIfNoneMatch(ifNoneMatch, etag) : notModifiedSince(request.headers.get("if-modified-since"), rep.lastModified);
  if (fresh) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", rep.contentType);
  if (rep.filename) headers.set("Content-Disposition", `attachment; filename="${rep.filename}"`);
  return new Response(request.method === "HEAD" ? null : rep.body, { status: 200, headers });
}
