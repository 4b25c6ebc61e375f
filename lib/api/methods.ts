// Every route answers every HTTP method Next.js routes: the ones it implements, OPTIONS with the list it allows
// (plus the CORS preflight headers on public reads), and 405 with Allow for the rest (RFC 9110 §15.5.6) — Next.js
// itself answers an unimplemented method with a bare 405. Each route file ends with
//   export const { OPTIONS, PUT, DELETE, PATCH } = otherMethods({ GET, POST }, { cors: true });
// naming the methods it does not implement (HEAD is left to Next.js, which answers it with GET).
import { AppError, errorResponse } from "@/lib/errors";
import { CORS_HEADERS } from "./http";

export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
// Route handlers take (request, context) with route-specific params; only their presence matters here.
type RouteHandler = (...args: never[]) => unknown;
type AnswerOnly = (request: Request) => Response;

const GENERATED = new WeakSet<object>();

/** Whether a route's handler is one of these fixed answers (the route fuzz suite calls those only a few times). */
export function isGeneratedMethod(handler: unknown): boolean {
  return typeof handler === "function" && GENERATED.has(handler);
}

export function allowedMethods(implemented: readonly string[]): string[] {
  const allow = new Set([...implemented, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return HTTP_METHODS.filter((m) => allow.has(m));
}

export function otherMethods(
  handlers: Partial<Record<HttpMethod, RouteHandler>>,
  { cors = false }: { cors?: boolean } = {},
): Record<Exclude<HttpMethod, "OPTIONS">, AnswerOnly | undefined> & { OPTIONS: () => Response } {
  const allow = allowedMethods(Object.keys(handlers)).join(", ");
  const notAllowed: AnswerOnly = (request) =>
    errorResponse(new AppError("method_not_allowed", `${request.method} is not allowed on this URL. Allowed: ${allow}.`, { allow }), {
      Allow: allow,
      "Cache-Control": "no-store",
    });
  const options = () => new Response(null, { status: 204, headers: { Allow: allow, ...(cors ? CORS_HEADERS : {}) } });
  GENERATED.add(notAllowed);
  GENERATED.add(options);
  const answer = (method: HttpMethod): AnswerOnly | undefined => (handlers[method] ? undefined : notAllowed);
  return {
    GET: answer("GET"),
    POST: answer("POST"),
    // HEAD is implemented by Next.js from GET when the route has one.
    HEAD: handlers.GET ? undefined : notAllowed,
    OPTIONS: options,
    PUT: answer("PUT"),
    DELETE: answer("DELETE"),
    PATCH: answer("PATCH"),
  };
}
