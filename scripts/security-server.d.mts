// Types for scripts/security-server.mjs (the parts TypeScript scripts use).
export type RunningServer = { baseUrl: string; pid: number; startedInMs: number; kill: () => Promise<boolean>; stop: () => Promise<void> };
export declare function ensureBuild(): void;
export declare function startServer(options: { databaseUrl: string; port: number; log: string }): Promise<RunningServer>;
