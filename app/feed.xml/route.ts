// GET /feed.xml – Atom feed of status changes and new milestones, narrowed by the list's filters (incl. asOf)
import { preflight, readHandler } from "@/lib/api/handler";
import { viewFeed } from "@/lib/feeds/files";
import { parseFeedQuery } from "@/lib/feeds/params";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => viewFeed(db, parseFeedQuery(searchParams)));
export const OPTIONS = preflight;
