// GET /api/v1/import-jobs/{id} – an import's progress: counts of imported, duplicate and failed rows, each row's
// outcome and each failure's reason (editor; polled by the import page)
import { getDb } from "@/db/client";
import { idSchema, parsePathParam } from "@/lib/api/params";
import { authenticateRequest } from "@/lib/auth/route-handler";
import { AppError, errorResponse } from "@/lib/errors";
import { getImportJob } from "@/lib/ingest/queries";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const db = await getDb();
    await authenticateRequest(db, request.headers, "editor");
    const id = parsePathParam((await context.params).id, idSchema, "import job");
    const job = await getImportJob(db, id);
    if (!job) throw new AppError("not_found", `No import job ${id}.`);
    return Response.json({ data: job }, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, NO_STORE);
  }
}
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET });
