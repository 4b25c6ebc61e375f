// POST /api/v1/sources/{id}/suggestions/{suggestionId}/decision – accept (as suggested or edited) or reject one
// suggestion, through the same mutation as the review page (editor)
import { otherMethods } from "@/lib/api/methods";
import { idSchema, parsePathParam } from "@/lib/api/params";
import { mutationRoute, readJsonBody } from "@/lib/auth/route-handler";
import { reviewSuggestion } from "@/lib/ingest/review";
import { suggestionDecisionSchema } from "@/lib/ingest/schemas";

export const dynamic = "force-dynamic";

type Params = { id: string; suggestionId: string };

export const POST = mutationRoute<Params>("POST /api/v1/sources/[id]/suggestions/[suggestionId]/decision", async ({ request, actor, db, params }) => {
  const sourceId = parsePathParam(params.id, idSchema, "source");
  const suggestionId = parsePathParam(params.suggestionId, idSchema, "suggestion");
  const decision = await readJsonBody(request, suggestionDecisionSchema, "decision");
  const { suggestionId: id, status, result } = await reviewSuggestion(db, actor, { ...decision, suggestionId }, sourceId);
  return Response.json({ data: { suggestionId: id, status, result } });
});
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST });
