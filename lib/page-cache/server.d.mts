// Types of lib/page-cache/server.mjs (plain JavaScript: it runs outside Next.js's compiler, in scripts/serve.mjs).
import type http from "node:http";

export declare function isCacheableRequest(req: http.IncomingMessage): boolean;
export declare function cacheKey(req: http.IncomingMessage): string;
export declare function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity";

export type PageCacheBridge = {
  generation(): Promise<number>;
  describe(url: string): Promise<unknown>;
  isStale(dependency: unknown, from: number, to: number): Promise<boolean>;
};

export declare function createPageCache(options: {
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;
  bridge: () => PageCacheBridge | undefined;
  budgetBytes: number;
  cdnMaxAge?: number;
  cdnStaleWhileRevalidate?: number;
}): {
  setOrigin(address: { host: string; port: number }): void;
  stats(): {
    hit: number;
    miss: number;
    bypass: number;
    stale: number;
    revalidated: number;
    entries: number;
    bytes: number;
  };
  serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
};
