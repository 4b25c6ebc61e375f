// GET /api/bench/ping – constant JSON, prerendered: the benchmark's reference for the framework's own cost per request
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json({ ok: true });
}
