// A small fixed-window rate limiter for expensive endpoints (extraction, exports of large views), keyed by client IP.
// In memory, per process: right for the single-node deployment this tracker targets (PGlite allows one process).
// Several app processes behind a load balancer each count separately, so the effective limit is N × the setting;
// public reads are deliberately not limited here — that is the reverse proxy's job (README, "Deployment notes").
// Sign-in has its own database-backed limits (lib/auth/rate-limit.ts) because guessing passwords must be counted
// across processes.
import { clientIp } from "@/lib/auth/client-ip";
import { getEnv } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";

export type RateLimitBucket = "extract" | "export";

export type RateLimitVerdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

type Window = { startedAt: number; count: number };

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private lastSweep = 0;

  constructor(
    private readonly limit: () => number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one request for `key`; a limit of 0 means unlimited. */
  hit(key: string, now = Date.now()): RateLimitVerdict {
    const limit = this.limit();
    if (limit <= 0) return { allowed: true, remaining: Infinity };
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000)) };
    }
    window.count++;
    return { allowed: true, remaining: limit - window.count };
  }

  reset(): void {
    this.windows.clear();
  }

  // Bounded memory: ended windows are dropped once a window; a flood of distinct keys evicts the oldest.
  private sweep(now: number): void {
    if (now - this.lastSweep >= this.windowMs) {
      this.lastSweep = now;
      for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
    while (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) break;
      this.windows.delete(oldest);
    }
  }
}

const globalForLimits = globalThis as unknown as { __trackerRateLimits?: Record<RateLimitBucket, RateLimiter> };

export function rateLimiter(bucket: RateLimitBucket): RateLimiter {
  globalForLimits.__trackerRateLimits ??= {
    extract: new RateLimiter(() => getEnv().RATE_LIMIT_EXTRACT_PER_MINUTE),
    export: new RateLimiter(() => getEnv().RATE_LIMIT_EXPORT_PER_MINUTE),
  };
  return globalForLimits.__trackerRateLimits[bucket];
}

/** Throws a 429 AppError (with retryAfterSeconds in details) when the caller's IP is over the bucket's limit. */
export function enforceRateLimit(bucket: RateLimitBucket, headers: Headers): void {
  const verdict = rateLimiter(bucket).hit(clientIp(headers));
  if (!verdict.allowed) {
    throw new AppError("rate_limited", `Too many ${bucket} requests. Please wait ${verdict.retryAfterSeconds} s and try again.`, {
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
  }
}

// Which requests count against which bucket. Matched in proxy.ts, before any handler runs, so a new export or the
// extraction endpoint is limited without its handler having to remember. Citation exports (one record) are cheap.
const EXPENSIVE_ROUTES: { method: string; path: RegExp; bucket: RateLimitBucket }[] = [
  { method: "POST", path: /^\/api\/v1\/extract(\/|$)/, bucket: "extract" },
  { method: "GET", path: /^\/api\/v1\/export\/(?!citation\.)[^/]+$/, bucket: "export" },
];

export function rateLimitBucketFor(method: string, pathname: string): RateLimitBucket | null {
  const m = method === "HEAD" ? "GET" : method;
  return EXPENSIVE_ROUTES.find((r) => r.method === m && r.path.test(pathname))?.bucket ?? null;
}

/** For proxy.ts: a 429 response when this request is over its bucket's limit, else null. */
export function rateLimitResponse(method: string, pathname: string, headers: Headers): Response | null {
  const bucket = rateLimitBucketFor(method, pathname);
  if (!bucket) return null;
  try {
    enforceRateLimit(bucket, headers);
    return null;
  } catch (error) {
    const retry = (error as AppError).details as { retryAfterSeconds?: number } | undefined;
    return errorResponse(error, { "Retry-After": String(retry?.retryAfterSeconds ?? 60), "Cache-Control": "no-store" });
  }
}
