// GET /api/v1/sources/{id} – one source with its stored text and every citation of it (asOf)
import { json, readHandler } from "@/lib/api/handler";
import { asOfQuerySchema, idSchema, parsePathParam, parseQueryStrict } from "@/lib/api/params";
import { AppError } from "@/lib/errors";
import { cachedReads } from "@/lib/cache/reads";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler<{ id: string }>(async ({ db, params, searchParams }) => {
  const { asOf } = parseQueryStrict(searchParams, asOfQuerySchema);
  const id = parsePathParam(params.id, idSchema, "source");
  const source = await cachedReads.getSourceById(db, id);
  // A source is on record from its publication day; an undated one is shown whenever it is asked for.
  if (!source || (asOf && source.published && source.published.date > asOf)) {
    throw new AppError("not_found", asOf ? `No source ${id} published by ${asOf}.` : `No source ${id}.`);
  }
  return json(source);
}, { cache: true });
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
