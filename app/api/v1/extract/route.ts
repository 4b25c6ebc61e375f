// POST /api/v1/extract – suggestions for a text (countries, domains, initiatives, actors, dated events, each with
// its evidence); public, rate-limited per client IP (proxy.ts), size-limited, and stores nothing
import { getDb } from "@/db/client";
import { readJsonBody } from "@/lib/api/read-body";
import { errorResponse, validationError } from "@/lib/errors";
import { getExtractor } from "@/lib/ingest/catalog";
import { extractInputSchema } from "@/lib/ingest/schemas";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function POST(request: Request): Promise<Response> {
  try {
    const parsed = extractInputSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw validationError(parsed.error, "request body");
    const extract = await getExtractor(await getDb());
    return Response.json(extract(parsed.data), { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, NO_STORE);
  }
}
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST });
