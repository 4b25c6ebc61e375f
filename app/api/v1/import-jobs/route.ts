// POST /api/v1/import-jobs – start a bulk import of articles from a JSONL or CSV upload (multipart field `file`,
// optional `sourceType` for rows without one); 202 with the job, whose progress is at /api/v1/import-jobs/{id} (editor)
import { z } from "zod";
import { readFormBody } from "@/lib/api/read-body";
import { mutationRoute } from "@/lib/auth/route-handler";
import { AppError } from "@/lib/errors";
import { startImportJob } from "@/lib/ingest/import/background";
import { importFormatOf, parseImportFile } from "@/lib/ingest/import/parse";
import { SOURCE_TYPES } from "@/lib/vocabulary/misc";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const sourceTypeSchema = z.enum(SOURCE_TYPES);

export const POST = mutationRoute("POST /api/v1/import-jobs", async ({ request, actor, db }) => {
  const form = await readFormBody(request);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("bad_request", "Attach the articles as a non-empty file in the field `file`.");
  const format = importFormatOf(file.name);
  if (!format) throw new AppError("unsupported_media_type", "Upload a .jsonl (one JSON article per line) or .csv file.");
  const requested = form.get("sourceType");
  const sourceType = sourceTypeSchema.safeParse(typeof requested === "string" && requested ? requested : "other");
  if (!sourceType.success) throw new AppError("bad_request", `sourceType must be one of ${SOURCE_TYPES.join(", ")}.`);
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new AppError("unsupported_media_type", "The file is not UTF-8 text. Save it as UTF-8 and upload it again.");
  }
  if (content.includes("\u0000")) throw new AppError("unsupported_media_type", "The file contains binary data (NUL characters), not text.");
  const parsed = parseImportFile(content, format, sourceType.data);
  const job = await startImportJob(db, actor, file.name, parsed);
  const href = `/api/v1/import-jobs/${job.id}`;
  return Response.json({ data: { id: job.id, status: job.status, fileName: job.fileName, totalRows: job.totalRows, href } }, { status: 202, headers: { Location: href } });
});
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST });
