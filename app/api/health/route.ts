// GET /api/health – liveness and database reachability, for load balancers and test harnesses
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const database = await getDatabase();
    await database.db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: database.kind });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET });
