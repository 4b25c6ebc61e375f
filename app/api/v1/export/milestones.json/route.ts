// GET /api/v1/export/milestones.json – the milestones of a view with their sources as JSON (the CSV's rows)
import { preflight, readHandler } from "@/lib/api/handler";
import { milestonesFile } from "@/lib/export/files";
import { parseViewQuery } from "@/lib/export/params";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => milestonesFile(db, parseViewQuery(searchParams), "json"));
export const OPTIONS = preflight;
