// GET /initiatives/{slug}/feed.xml – Atom feed of one initiative's status changes and milestones, with their evidence
import { preflight, readHandler } from "@/lib/api/handler";
import { emptyQuerySchema, parsePathParam, parseQueryStrict, slugSchema } from "@/lib/api/params";
import { initiativeFeed } from "@/lib/feeds/files";

export const dynamic = "force-dynamic";

export const GET = readHandler<{ slug: string }>(async ({ db, params, searchParams }) => {
  parseQueryStrict(searchParams, emptyQuerySchema);
  return initiativeFeed(db, parsePathParam(params.slug, slugSchema, "initiative"));
});
export const OPTIONS = preflight;
