// GET /api/health – liveness and database reachability, for load balancers and test harnesses; `dataVersion` is the
// public data's generation (lib/cache), which the API fuzzer reads to prove a refused request wrote nothing
import { getDatabase } from "@/db/client";
import { getDataVersion } from "@/lib/cache/read-cache";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const database = await getDatabase();
    const { generation } = await getDataVersion(database.db);
    return Response.json({ status: "ok", database: database.kind, dataVersion: generation }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET });
