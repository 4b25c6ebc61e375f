// CSRF defence for cookie-authenticated writes: the request must come from our own pages. Browsers send Origin on
// every cross-site POST/PATCH/DELETE; Sec-Fetch-Site is the fallback. A request with neither is refused, since a
// script that is not a browser should use an API token (which is not cookie-authenticated and needs no check).
import { getEnv } from "@/lib/env";

export function appOrigin(): string {
  return new URL(getEnv().APP_URL).origin;
}

export function isSameOrigin(headers: Headers, expectedOrigin = appOrigin()): boolean {
  const origin = headers.get("origin");
  if (origin) return origin === expectedOrigin;
  return headers.get("sec-fetch-site") === "same-origin";
}
