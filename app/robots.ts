// GET /robots.txt – public pages are crawlable; editing, sign-in and the API are not. Built per request: APP_URL is a
// run-time setting, not a build-time one.
import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/editor", "/review", "/admin", "/sources/new", "/sources/import", "/sign-in", "/api/"] },
    sitemap: `${getEnv().APP_URL}/sitemap.xml`,
  };
}
