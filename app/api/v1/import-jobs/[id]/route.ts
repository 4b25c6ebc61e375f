// GET /api/v1/import-jobs/{id} – an import's progress: counts of imported, duplicate and failed rows, each row's
// outcome and each failure's reason (editor; polled by the import page)
import { idSchema, parsePathParam } from "@/lib/api/params";
import { editorReadRoute } from "@/lib/auth/route-handler";
import { AppError } from "@/lib/errors";
import { getImportJob } from "@/lib/ingest/queries";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = editorReadRoute<{ id: string }>(async ({ db, params }) => {
  const id = parsePathParam(params.id, idSchema, "import job");
  const job = await getImportJob(db, id);
  if (!job) throw new AppError("not_found", `No import job ${id}.`);
  return job;
});
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET });
