// GET /api/v1/initiatives – list initiatives with the list's filters (incl. asOf), totals and facet counts;
// POST /api/v1/initiatives – create an initiative (editor)
import { json, readHandler } from "@/lib/api/handler";
import { mutationRoute, readJsonBody } from "@/lib/auth/route-handler";
import { parseFiltersStrict } from "@/lib/initiatives/filters";
import { createInitiative } from "@/lib/initiatives/mutations";
import { initiativeCreateInputSchema } from "@/lib/initiatives/schemas";
import { cachedReads } from "@/lib/cache/reads";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => json(await cachedReads.findInitiatives(db, parseFiltersStrict(searchParams))), { cache: true });

export const POST = mutationRoute("POST /api/v1/initiatives", async ({ request, actor, db }) => {
  const input = await readJsonBody(request, initiativeCreateInputSchema);
  const initiative = await createInitiative(db, actor, input);
  return Response.json({ data: initiative, version: initiative.version }, { status: 201 });
});
export const { OPTIONS, PUT, DELETE, PATCH } = otherMethods({ GET, POST }, { cors: true });
