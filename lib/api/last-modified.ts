// Last-Modified for public reads: the newest write to any public table. Deletions do not move it, so clients
// should prefer the ETag (which hashes the body); we answer If-None-Match before If-Modified-Since.
import { sql } from "drizzle-orm";
import { type DbOrTx, queryRows } from "@/db/client";

export async function getDataLastModified(db: DbOrTx): Promise<Date | null> {
  const [row] = await queryRows<{ at: Date | string | null }>(
    db,
    sql`select greatest(
          (select max(updated_at) from initiatives), (select max(updated_at) from sources),
          (select max(updated_at) from milestones), (select max(created_at) from status_changes),
          (select max(created_at) from citations), (select max(updated_at) from actors)) as at`,
  );
  return row?.at ? new Date(row.at) : null;
}
