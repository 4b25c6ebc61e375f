// GET /api/v1/export/milestones.csv – the milestones of a view with their sources, one row per citation, as CSV
import { readHandler } from "@/lib/api/handler";
import { milestonesFile } from "@/lib/export/files";
import { parseViewQuery } from "@/lib/export/params";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => milestonesFile(db, parseViewQuery(searchParams), "csv"));
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
