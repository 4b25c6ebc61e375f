import "server-only";
// The two feeds as HTTP representations: a view's (the list's filters) and one initiative's.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { initiatives } from "@/db/schema";
import type { Representation } from "@/lib/api/http";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { viewQuery } from "@/lib/export/urls";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import { buildAtomFeed } from "./atom";
import { getDatasetRelease } from "@/lib/dataset/release";
import { findFeedEvents } from "./queries";

const ATOM = "application/atom+xml; charset=utf-8";
const TRACKER = "China–ASEAN Digital Cooperation Tracker";

/** "domain: ai, 5g · country: TH" — what the feed is narrowed to, for its title. */
export function describeView(filters: InitiativeFilters): string {
  const params = viewQuery(filters, { keepSort: false });
  const keys = [...new Set(params.keys())];
  return keys.map((k) => `${k}: ${params.getAll(k).join(", ")}`).join(" · ");
}

export async function viewFeed(db: DbOrTx, filters: InitiativeFilters): Promise<Representation> {
  const appUrl = getEnv().APP_URL;
  const query = viewQuery(filters, { keepSort: false }).toString();
  const narrowed = describeView(filters);
  const [events, release] = await Promise.all([findFeedEvents(db, { filters }), getDatasetRelease(db)]);
  const body = buildAtomFeed(
    {
      title: `${TRACKER}: status changes and milestones${narrowed ? ` (${narrowed})` : ""}`,
      selfUrl: `${appUrl}/feed.xml${query ? `?${query}` : ""}`,
      htmlUrl: `${appUrl}/initiatives${query ? `?${query}` : ""}`,
      appUrl,
      datasetVersion: release?.version,
    },
    events,
  );
  return { body, contentType: ATOM };
}

export async function initiativeFeed(db: DbOrTx, slug: string): Promise<Representation> {
  const appUrl = getEnv().APP_URL;
  const [initiative] = await db.select({ name: initiatives.name }).from(initiatives).where(eq(initiatives.slug, slug));
  if (!initiative) throw new AppError("not_found", `No initiative "${slug}".`);
  const [events, release] = await Promise.all([findFeedEvents(db, { initiativeSlug: slug }), getDatasetRelease(db)]);
  const body = buildAtomFeed(
    {
      title: `${initiative.name} — ${TRACKER}`,
      selfUrl: `${appUrl}/initiatives/${slug}/feed.xml`,
      htmlUrl: `${appUrl}/initiatives/${slug}`,
      appUrl,
      datasetVersion: release?.version,
    },
    events,
  );
  return { body, contentType: ATOM };
}
