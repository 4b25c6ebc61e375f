// GET /api/v1/export/sources.ris – the sources behind a view or one initiative (?initiative=slug) as RIS
import { readHandler } from "@/lib/api/handler";
import { sourcesFile } from "@/lib/export/files";
import { parseSourcesQuery } from "@/lib/export/params";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => sourcesFile(db, parseSourcesQuery(searchParams), "ris"));
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
