// POST /api/v1/sources/{id}/review – several decisions on a source's suggestions in one transaction: all applied,
// or none with every failing item listed in error.details.items (editor)
import { otherMethods } from "@/lib/api/methods";
import { idSchema, parsePathParam } from "@/lib/api/params";
import { mutationRoute, readJsonBody } from "@/lib/auth/route-handler";
import { reviewSuggestions } from "@/lib/ingest/review-batch";
import { reviewBatchInputSchema } from "@/lib/ingest/schemas";

export const dynamic = "force-dynamic";

export const POST = mutationRoute<{ id: string }>("POST /api/v1/sources/[id]/review", async ({ request, actor, db, params }) => {
  const sourceId = parsePathParam(params.id, idSchema, "source");
  const { decisions } = await readJsonBody(request, reviewBatchInputSchema, "review");
  const outcomes = await reviewSuggestions(db, actor, sourceId, decisions);
  return Response.json({ data: { applied: outcomes.length, outcomes: outcomes.map(({ suggestionId, status, result }) => ({ suggestionId, status, result })) } });
});
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST });
