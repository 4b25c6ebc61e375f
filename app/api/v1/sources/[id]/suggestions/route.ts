// GET /api/v1/sources/{id}/suggestions – a source's suggestions with their payloads and review status (editor)
import { otherMethods } from "@/lib/api/methods";
import { idSchema, parsePathParam } from "@/lib/api/params";
import { editorReadRoute } from "@/lib/auth/route-handler";
import { AppError } from "@/lib/errors";
import { getSourceSuggestions } from "@/lib/ingest/review-queries";

export const dynamic = "force-dynamic";

export const GET = editorReadRoute<{ id: string }>(async ({ db, params }) => {
  const id = parsePathParam(params.id, idSchema, "source");
  const view = await getSourceSuggestions(db, id);
  if (!view) throw new AppError("not_found", `No source ${id}.`);
  return view;
});
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET });
