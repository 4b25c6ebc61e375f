// GET /api/v1/sources – the source archive with filters, facets and paging (asOf: sources published by then)
import { json, preflight, readHandler } from "@/lib/api/handler";
import { parseSourceQuery } from "@/lib/api/sources";
import { findSources } from "@/lib/sources/queries";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => json(await findSources(db, parseSourceQuery(searchParams))));
export const OPTIONS = preflight;
