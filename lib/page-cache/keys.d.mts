// Types of lib/page-cache/keys.mjs.
export declare const BRIDGE_KEY: unique symbol;
export declare const STATS_KEY: unique symbol;
