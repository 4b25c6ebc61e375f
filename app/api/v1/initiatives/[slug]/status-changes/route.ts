// POST /api/v1/initiatives/{slug}/status-changes – change the status with a date, a note and ≥1 citation (409 when stale)
import { mutationRoute, readJsonBody } from "@/lib/auth/route-handler";
import { changeStatus } from "@/lib/status-changes/mutations";
import { statusChangeInputSchema } from "@/lib/status-changes/schemas";
import { otherMethods } from "@/lib/api/methods";

export const POST = mutationRoute<{ slug: string }>(
  "POST /api/v1/initiatives/[slug]/status-changes",
  async ({ request, actor, db, params }) => {
    const input = await readJsonBody(request, statusChangeInputSchema);
    const { statusChange, version } = await changeStatus(db, actor, params.slug, input);
    return Response.json({ data: statusChange, version }, { status: 201 });
  },
);
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST });
