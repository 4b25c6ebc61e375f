import { type NextRequest, NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { securityHeaders } from "@/lib/security/headers";
import { errorResponse } from "@/lib/errors";
import { nulInUrlError, urlHasNul } from "@/lib/security/input";
import { rateLimitResponse } from "@/lib/security/rate-limit";

// Runs before every request: a fresh CSP nonce per page view (Next.js applies it to its own scripts) and the
// hardening headers. Authorization is NOT decided here: every action and handler checks it itself.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const env = getEnv();
  const isHttps = env.APP_URL.startsWith("https://") || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders({ nonce, isDev: env.NODE_ENV === "development", isHttps });

  // A NUL character in the URL would reach PostgreSQL (which cannot store it) as a query failure: refuse it here, for
  // pages and API alike. Expensive endpoints (extraction, exports of whole views) are rate-limited per client IP.
  const limited = urlHasNul(request.url)
    ? errorResponse(nulInUrlError(request.url))
    : rateLimitResponse(request.method, request.nextUrl.pathname, request.headers);
  if (limited) {
    for (const [name, value] of Object.entries(headers)) limited.headers.set(name, value);
    return limited;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
