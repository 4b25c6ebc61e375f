// Calls a route handler the way Next.js does — a real Request and a params promise — for contract tests.
import { expect } from "vitest";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export function call<P extends Record<string, string>>(
  handler: Handler<P>,
  path: string,
  options: { params?: P; headers?: HeadersInit; method?: string } = {},
): Promise<Response> {
  const request = new Request(`http://localhost${path}`, { headers: options.headers, method: options.method ?? "GET" });
  return handler(request, { params: Promise.resolve(options.params ?? ({} as P)) });
}

/** A 400 in the one error shape whose message names the parameter. */
export async function expectBadParameter(response: Response, parameter: string): Promise<void> {
  expect(response.status).toBe(400);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("bad_request");
  expect(body.error.message).toContain(parameter);
}

export async function expectNotFound(response: Response): Promise<void> {
  expect(response.status).toBe(404);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("not_found");
}
