// GET /api/v1/sources – the source archive with filters, facets and paging (asOf: sources published by then)
// POST /api/v1/sources – store an article and queue its extracted suggestions for review (editor): 201 with the new
// source; 200 with `created: false` and the existing source when the same canonical URL or text is already stored
import { json, readHandler } from "@/lib/api/handler";
import { parseSourceQuery } from "@/lib/api/sources";
import { mutationRoute, readJsonBody } from "@/lib/auth/route-handler";
import { ingestArticle } from "@/lib/ingest/mutations";
import { articleInputSchema } from "@/lib/ingest/schemas";
import { cachedReads } from "@/lib/cache/reads";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = readHandler(async ({ db, searchParams }) => json(await cachedReads.findSources(db, parseSourceQuery(searchParams))), { cache: true });

export const POST = mutationRoute("POST /api/v1/sources", async ({ request, actor, db }) => {
  const input = await readJsonBody(request, articleInputSchema);
  const result = await ingestArticle(db, actor, input, "api");
  const { id, title, publisher, url } = result.source;
  const links = { href: `/api/v1/sources/${id}`, reviewUrl: `/review/${id}` };
  if (!result.created) {
    return Response.json({ created: false, matchedBy: result.matchedBy, data: { id, title, publisher, url, ...links } }, { status: 200, headers: { Location: links.href } });
  }
  const { language, sourceType } = result.source;
  return Response.json(
    { created: true, suggestions: result.suggestionCount, data: { id, title, publisher, url, language, sourceType, ...links } },
    { status: 201, headers: { Location: links.href } },
  );
});
export const { OPTIONS, PUT, DELETE, PATCH } = otherMethods({ GET, POST }, { cors: true });
