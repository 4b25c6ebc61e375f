// GET /feed.xml – Atom feed of status changes and new milestones, narrowed by the list's filters (incl. asOf)
import { readHandler } from "@/lib/api/handler";
import { viewFeed } from "@/lib/feeds/files";
import { parseFeedQuery } from "@/lib/feeds/params";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => viewFeed(db, parseFeedQuery(searchParams)));
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
