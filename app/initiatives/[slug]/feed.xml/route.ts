// GET /initiatives/{slug}/feed.xml – Atom feed of one initiative's status changes and milestones, with their evidence
import { readHandler } from "@/lib/api/handler";
import { emptyQuerySchema, parsePathParam, parseQueryStrict, slugSchema } from "@/lib/api/params";
import { initiativeFeed } from "@/lib/feeds/files";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler<{ slug: string }>(async ({ db, params, searchParams }) => {
  parseQueryStrict(searchParams, emptyQuerySchema);
  return initiativeFeed(db, parsePathParam(params.slug, slugSchema, "initiative"));
});
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET }, { cors: true });
