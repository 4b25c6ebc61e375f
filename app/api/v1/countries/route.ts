// GET /api/v1/countries – China and the ASEAN members with initiative counts (asOf)
import { listCountries } from "@/lib/api/catalog";
import { json, preflight, readHandler } from "@/lib/api/handler";
import { asOfQuerySchema, parseQueryStrict } from "@/lib/api/params";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => {
  const { asOf } = parseQueryStrict(searchParams, asOfQuerySchema);
  return json({ data: await listCountries(db, asOf) });
}, { cache: true });
export const OPTIONS = preflight;
