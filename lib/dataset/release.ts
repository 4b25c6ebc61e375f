// The demo data's release: its version and the day its research was last checked ("as of"), stored in app_meta by
// the seed loader. Shown in the footer and on the methodology page, and carried in every export.
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appMeta } from "@/db/schema";

export const DATASET_VERSION_KEY = "dataset_version";
export const DATASET_AS_OF_KEY = "dataset_as_of";

export type DatasetRelease = { version: string; asOf: string | null };

/** Null for a tracker that never loaded the demo data (a team's own data has no release number). */
export async function getDatasetRelease(db: DbOrTx): Promise<DatasetRelease | null> {
  const rows = await db.select().from(appMeta).where(inArray(appMeta.key, [DATASET_VERSION_KEY, DATASET_AS_OF_KEY]));
  const version = rows.find((r) => r.key === DATASET_VERSION_KEY)?.value;
  return version ? { version, asOf: rows.find((r) => r.key === DATASET_AS_OF_KEY)?.value ?? null } : null;
}

/** "-2026.12.1" for export file names, so a saved file still says which release it came from. */
export function releaseSuffix(release: DatasetRelease | null): string {
  return release ? `-v${release.version}` : "";
}
