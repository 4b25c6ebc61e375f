// GET /api/health – liveness and database reachability, for load balancers and test harnesses; `dataVersion` is the
// public data's generation (lib/cache), which the API fuzzer reads to prove a refused request wrote nothing; `pageCache`
// counts what the page cache in front of Next.js did (scripts/serve.mjs), when it runs
import { getDatabase } from "@/db/client";
import { getDataVersion } from "@/lib/cache/read-cache";
import { otherMethods } from "@/lib/api/methods";
import { STATS_KEY } from "@/lib/page-cache/keys.mjs";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const database = await getDatabase();
    const { generation } = await getDataVersion(database.db);
    const pageCacheStats = (globalThis as Record<symbol, (() => unknown) | undefined>)[STATS_KEY];
    return Response.json(
      { status: "ok", database: database.kind, dataVersion: generation, pageCache: pageCacheStats?.() ?? null },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET });
