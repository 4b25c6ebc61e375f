// GET /sitemap.xml – the browsing pages and every initiative (most recently changed first, up to the 50,000 URLs a
// sitemap may hold), read per request so an edit shows up at once.
import type { MetadataRoute } from "next";
import { desc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { initiatives } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { COUNTRY_CODES } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS } from "@/lib/vocabulary/domains";

export const dynamic = "force-dynamic";

const MAX_URLS = 50_000;
const PAGES = ["/", "/initiatives", "/timeline", "/map", "/countries", "/domains", "/actors", "/sources", "/methodology"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = getEnv().APP_URL;
  const fixed = [...PAGES, ...COUNTRY_CODES.map((c) => `/countries/${c}`), ...DOMAIN_SLUGS.map((d) => `/domains/${d}`)];
  const db = await getDb();
  const rows = await db
    .select({ slug: initiatives.slug, updatedAt: initiatives.updatedAt })
    .from(initiatives)
    .orderBy(desc(initiatives.updatedAt))
    .limit(MAX_URLS - fixed.length);
  return [
    ...fixed.map((path) => ({ url: `${base}${path}` })),
    ...rows.map((r) => ({ url: `${base}/initiatives/${r.slug}`, lastModified: r.updatedAt })),
  ];
}
