// @ts-check
// Where the app and the server around it (scripts/serve.mjs) meet: they cannot import each other's modules (the app
// is bundled by Next.js), so each side registers what the other calls on globalThis under these keys.
/** The app's bridge (lib/page-cache/bridge.ts), registered once its database is ready. */
export const BRIDGE_KEY = Symbol.for("tracker.pageCache");
/** The page cache's counters, registered by scripts/serve.mjs and reported by /api/health. */
export const STATS_KEY = Symbol.for("tracker.pageCacheStats");
