// GET /api/v1/dataset.json – the whole public dataset (schemaVersion, generatedAt, every public table)
import { readHandler } from "@/lib/api/handler";
import { emptyQuerySchema, parseQueryStrict } from "@/lib/api/params";
import { exportDataset, serializeDataset } from "@/lib/dataset/export";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => {
  parseQueryStrict(searchParams, emptyQuerySchema);
  const dataset = await exportDataset(db, { generatedAt: new Date().toISOString() });
  const body = serializeDataset(dataset);
  // The ETag covers the data, not the generation time, so an unchanged dataset revalidates as 304.
  return {
    body,
    etagSource: body.replace(/^ {2}"generatedAt": .*$/m, '  "generatedAt": null,'),
    contentType: "application/json; charset=utf-8",
    filename: "china-asean-digital-tracker-dataset.json",
  };
});
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
