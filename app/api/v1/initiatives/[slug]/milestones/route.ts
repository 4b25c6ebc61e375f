// POST /api/v1/initiatives/{slug}/milestones – add a cited milestone (carries the initiative version; 409 when stale)
import { mutationRoute, readJsonBody } from "@/lib/auth/route-handler";
import { createMilestone } from "@/lib/milestones/mutations";
import { milestoneCreateInputSchema } from "@/lib/milestones/schemas";
import { otherMethods } from "@/lib/api/methods";

export const POST = mutationRoute<{ slug: string }>(
  "POST /api/v1/initiatives/[slug]/milestones",
  async ({ request, actor, db, params }) => {
    const input = await readJsonBody(request, milestoneCreateInputSchema);
    const { milestone, version } = await createMilestone(db, actor, params.slug, input);
    return Response.json({ data: milestone, version }, { status: 201 });
  },
);
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST });
