// The client address used for per-IP sign-in limits. Behind a reverse proxy (and under `next start`, which sets it
// from the socket) X-Forwarded-For's first entry is the client; a client can forge it only where no proxy rewrites it,
// which is why the per-account limit does not depend on it.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded;
  return headers.get("x-real-ip")?.trim() || "unknown";
}
