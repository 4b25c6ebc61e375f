// Types for scripts/bench-server.mjs.
export declare const BUILD_ROOT: string;
export type BuildInfo = { commit: string; subject: string; builtAt: Date };
export type Server = {
  url: string;
  pid: number;
  stop: () => Promise<void>;
  rssKb: () => number;
  pids: () => number[];
  output: () => string;
};
export declare function waitForOtherBuilds(): Promise<void>;
export declare function ensureBuild(force: boolean): Promise<BuildInfo>;
export declare function findFreePort(from: number, to?: number): Promise<number>;
export declare function startServer(port: number, env: Record<string, string>): Promise<Server>;
