// GET /api/v1/export/sources.ris – the sources behind a view or one initiative (?initiative=slug) as RIS
import { preflight, readHandler } from "@/lib/api/handler";
import { sourcesFile } from "@/lib/export/files";
import { parseSourcesQuery } from "@/lib/export/params";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => sourcesFile(db, parseSourcesQuery(searchParams), "ris"));
export const OPTIONS = preflight;
