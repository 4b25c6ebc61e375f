// GET /api/v1/countries – China and the ASEAN members with initiative counts (asOf)
import { listCountries } from "@/lib/api/catalog";
import { json, readHandler } from "@/lib/api/handler";
import { asOfQuerySchema, parseQueryStrict } from "@/lib/api/params";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => {
  const { asOf } = parseQueryStrict(searchParams, asOfQuerySchema);
  return json({ data: await listCountries(db, asOf) });
}, { cache: true });
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
