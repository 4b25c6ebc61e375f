// GET /api/v1/export/initiatives.json – every initiative of a view as JSON (the CSV's rows, typed)
import { readHandler } from "@/lib/api/handler";
import { initiativesFile } from "@/lib/export/files";
import { parseViewQuery } from "@/lib/export/params";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => initiativesFile(db, parseViewQuery(searchParams), "json"));
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
