// Load generation and measurement for the benchmark: autocannon runs with exact latency percentiles, sequential
// time-to-first-byte samples, and how much CPU *other* processes used meanwhile (this machine is shared).
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import { spawnSync } from "node:child_process";

type AutocannonResult = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number; duration: number };
type AutocannonInstance = { on: (event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void) => void };
type Autocannon = (
  options: { url: string; connections: number; duration: number; timeout?: number; pipelining?: number; headers?: Record<string, string> },
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export type LoadResult = {
  connections: number;
  rps: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  /** Share of the machine's CPU used by processes other than ours during the run (0–1). */
  otherCpu: number;
};

const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

function machineBusyTicks(): { busy: number; total: number } {
  const [line] = fs.readFileSync("/proc/stat", "utf8").split("\n");
  const fields = line!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

function processTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0;
  }
}

/** Measures how much CPU everything except `ours()` used between start() and stop(). */
export function cpuWatch(ours: () => number[]) {
  const ownTicks = () => {
    const usage = process.cpuUsage();
    return ((usage.user + usage.system) / 1e6) * CLK_TCK;
  };
  const snapshot = () => {
    const ticks = new Map(ours().map((pid) => [pid, processTicks(pid)]));
    return { machine: machineBusyTicks(), ticks, own: ownTicks() };
  };
  const before = snapshot();
  return () => {
    const after = snapshot();
    // Per process: new ones count from zero; ones that ended meanwhile (e.g. idle database connections closed by the
    // pool) are lost, which can only make "others" look busier, never quieter.
    let oursDelta = after.own - before.own;
    for (const [pid, ticks] of after.ticks) oursDelta += Math.max(0, ticks - (before.ticks.get(pid) ?? 0));
    const busy = after.machine.busy - before.machine.busy;
    const total = after.machine.total - before.machine.total;
    return total > 0 ? Math.min(1, Math.max(0, (busy - oursDelta) / total)) : 0;
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** expectStatus other than 2xx: those answers are not failures (a reference 404 page). */
export async function runLoad(url: string, connections: number, seconds: number, ours: () => number[], expectStatus = 200): Promise<LoadResult> {
  const latencies: number[] = [];
  const stop = cpuWatch(ours);
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 30, headers: { "accept-encoding": "gzip, br" } }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const otherCpu = stop();
  latencies.sort((a, b) => a - b);
  return {
    connections,
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: result.errors + result.timeouts + (expectStatus < 300 ? result.non2xx : 0),
    otherCpu,
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One GET: status, time to the response headers (first byte) and to the end of the body, and the body. */
export function timedGet(url: string): Promise<{ status: number; ttfb: number; total: number; body: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers: { "accept-encoding": "identity" } }, (response) => {
      const ttfb = performance.now() - started;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, ttfb, total: performance.now() - started, body: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

export async function measureTtfb(url: string, samples: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push((await timedGet(url)).ttfb);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export function machineDescription(): string {
  const memGb = (os.totalmem() / 1024 ** 3).toFixed(1);
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${os.availableParallelism()} cores (${cpu}), ${memGb} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}
