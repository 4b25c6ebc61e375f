// GET /api/v1/initiatives/{slug} – one initiative with version, milestones, status history and cited sources (asOf);
// PATCH /api/v1/initiatives/{slug} – edit an initiative's fields, carrying its version (editor; 409 when stale)
import { json, readHandler } from "@/lib/api/handler";
import { asOfQuerySchema, parsePathParam, parseQueryStrict, slugSchema } from "@/lib/api/params";
import { mutationRoute, readJsonBody } from "@/lib/auth/route-handler";
import { AppError } from "@/lib/errors";
import { updateInitiative } from "@/lib/initiatives/mutations";
import { initiativeUpdateInputSchema } from "@/lib/initiatives/schemas";
import { cachedReads } from "@/lib/cache/reads";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler<{ slug: string }>(async ({ db, params, searchParams }) => {
  const { asOf } = parseQueryStrict(searchParams, asOfQuerySchema);
  const slug = parsePathParam(params.slug, slugSchema, "initiative");
  const initiative = await cachedReads.getInitiativeAsOf(db, slug, asOf);
  if (!initiative) throw new AppError("not_found", asOf ? `No initiative "${slug}" on record as of ${asOf}.` : `No initiative "${slug}".`);
  return json(initiative);
}, { cache: true });

export const PATCH = mutationRoute<{ slug: string }>("PATCH /api/v1/initiatives/[slug]", async ({ request, actor, db, params }) => {
  const input = await readJsonBody(request, initiativeUpdateInputSchema);
  const initiative = await updateInitiative(db, actor, params.slug, input);
  return Response.json({ data: initiative, version: initiative.version });
});
export const { OPTIONS, POST, PUT, DELETE } = otherMethods({ GET, PATCH }, { cors: true });
