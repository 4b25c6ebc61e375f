// The one way to write a public read endpoint: parse → query → representation. The wrapper adds the database and
// its data version (read once, so the cached reads inside `load` share it; its commit time is Last-Modified),
// ETag/304, Cache-Control and CORS, and turns every failure into the one error shape.
import { type Db, getDb } from "@/db/client";
import { cached, type Revalidation, withDataVersion } from "@/lib/cache/read-cache";
import { registeredBridge } from "@/lib/page-cache/bridge";
import { errorResponse } from "@/lib/errors";
import { assertNoNul, assertNoNulInSearchParams } from "@/lib/security/input";
import { CORS_HEADERS, etagOf, type Representation, representationResponse } from "./http";

export type ReadContext<P> = { request: Request; url: URL; searchParams: URLSearchParams; params: P; db: Db };
type RouteContext<P> = { params: Promise<P> };

/** A JSON body, pretty enough to read in a browser yet compact. */
export function json(data: unknown, options: Omit<Representation, "body" | "contentType"> = {}): Representation {
  return { body: JSON.stringify(data), contentType: "application/json; charset=utf-8", ...options };
}

/**
 * The initiative list and an initiative's record answer what the list page and the initiative page show: a kept
 * representation survives an edit that reaches neither (lib/page-cache/changes.ts). Other reads depend on all data.
 */
function revalidationFor(url: URL): Revalidation | undefined {
  const bridge = registeredBridge();
  if (!bridge) return undefined;
  const page =
    url.pathname === "/api/v1/initiatives"
      ? `/initiatives${url.search}`
      : /^\/api\/v1\/initiatives\/[^/]+$/.test(url.pathname)
        ? url.pathname.replace("/api/v1", "")
        : null;
  return page
    ? { describe: () => bridge.describe(page), isStale: (d, from, to) => bridge.isStale(d as never, from, to) }
    : undefined;
}

/**
 * `cache: true` keeps the whole representation (body and ETag) per URL and data generation (lib/cache): for reads
 * that depend on nothing but the URL. A hit then costs the generation lookup and the response itself.
 */
export function readHandler<P extends Record<string, string> = Record<string, never>>(
  load: (context: ReadContext<P>) => Promise<Representation>,
  options: { cache?: boolean } = {},
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const db = await getDb();
      const url = new URL(request.url);
      assertNoNulInSearchParams(url.searchParams); // PostgreSQL text cannot hold NUL: 400, not a failed query
      const params = await context.params;
      assertNoNul(params, "path");
      return await withDataVersion(db, async (version) => {
        const build = async () => {
          const rep = await load({ request, url, searchParams: url.searchParams, params, db });
          return { ...rep, etag: etagOf(rep.etagSource ?? rep.body) };
        };
        const rep = options.cache
          ? await cached(db, `representation|${url.pathname}${url.search}`, build, revalidationFor(url))
          : await build();
        return representationResponse(request, { lastModified: version.changedAt, ...rep });
      });
    } catch (error) {
      return errorResponse(error, { ...CORS_HEADERS, "Cache-Control": "no-store" });
    }
  };
}
