// The wrapper every mutating REST handler goes through: authenticate (Bearer token, or session cookie from our own
// origin), authorize by the rule in the mutation registry, run, and answer errors in the one HTTP error shape.
import "server-only";
import type { z } from "zod";
import { type Db, getDb } from "@/db/client";
import { readJsonBody as readLimitedJsonBody } from "@/lib/api/read-body";
import { AppError, errorResponse, validationError } from "@/lib/errors";
import { assertNoNul } from "@/lib/security/input";
import { type Actor, bearerToken, identifyBySession, identifyByToken } from "./actor";
import { authorize } from "./authorize";
import { ROUTE_MUTATIONS, type RouteMutationId } from "./mutation-registry";
import { isSameOrigin } from "./same-origin";

export async function authenticateRequest(db: Db, headers: Headers, rule: "editor" | "admin" | "signed-in"): Promise<Actor> {
  const token = bearerToken(headers);
  // A Bearer request carries no ambient credential, so it cannot be forged cross-site: no origin check.
  if (token) return authorize(await identifyByToken(db, token), rule);
  const identity = await identifyBySession(db, headers);
  if (identity.kind !== "anonymous" && !isSameOrigin(headers)) {
    throw new AppError("forbidden", "Cross-site request refused: cookie-authenticated writes must come from this site's pages. Scripts should use an API token.");
  }
  return authorize(identity, rule);
}

type Handler<P> = (args: { request: Request; actor: Actor; db: Db; params: P }) => Promise<Response>;

export function mutationRoute<P = Record<string, never>>(id: RouteMutationId, handler: Handler<P>) {
  const rule = ROUTE_MUTATIONS[id];
  if (rule === "public") throw new Error(`${id} is public: it does not go through mutationRoute.`);
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const db = await getDb();
      const actor = await authenticateRequest(db, request.headers, rule);
      const params = await context.params;
      assertNoNul(params, "path"); // PostgreSQL text cannot hold NUL: 400, not a failed query (found by the fuzz suite)
      return await handler({ request, actor, db, params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * JSON body → validated input; a wrong content type is 415, a body over MAX_JSON_BODY_BYTES 413, malformed or too
 * deeply nested JSON 400, invalid fields 400 listing all. (Size and depth limits: lib/api/read-body.ts.)
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, what = "request body"): Promise<z.infer<S>> {
  const body = await readLimitedJsonBody(request);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error, what);
  return parsed.data;
}

const NO_STORE = { "Cache-Control": "no-store" };

/** An editor-only read: authenticate, load, answer `{ data }` uncached (editorial state changes under the reader). */
export function editorReadRoute<P = Record<string, never>>(load: (args: { request: Request; actor: Actor; db: Db; params: P }) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const db = await getDb();
      const actor = await authenticateRequest(db, request.headers, "editor");
      const params = await context.params;
      return Response.json({ data: await load({ request, actor, db, params }) }, { headers: NO_STORE });
    } catch (error) {
      return errorResponse(error, NO_STORE);
    }
  };
}
