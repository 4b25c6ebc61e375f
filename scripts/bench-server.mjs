// The production server for `npm run bench` and `npm run lighthouse`. It is built from the committed HEAD in a
// private directory outside the repository, so other people's work in progress and their `next build` runs in this
// shared working tree neither break nor change it, and the commit reported is exactly what was measured. It is
// started in its own process group and stopped with kill(-pid), never by name. (Plain JS so both the TypeScript
// bench and the .mjs Lighthouse script can use it; types in bench-server.d.mts.)
import { execFileSync, execSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const ROOT = process.cwd();
export const BUILD_ROOT = process.env.BENCH_WORKDIR ?? "/tmp/tracker-bench/app";
const COMMIT_FILE = path.join(BUILD_ROOT, ".bench-commit");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function buildRunning() {
  const found = spawnSync("pgrep", ["-f", "next build"], { encoding: "utf8" });
  return found.stdout.split("\n").some((pid) => pid.trim() && Number(pid) !== process.pid);
}

/** CPU is shared: never build while someone else is building. */
export async function waitForOtherBuilds() {
  let announced = false;
  for (let waited = 0; buildRunning(); waited += 5) {
    if (!announced) console.log("Waiting for another `next build` on this machine to finish…");
    announced = true;
    if (waited > 900) throw new Error("Another next build has been running for 15 minutes; giving up.");
    await sleep(5_000);
  }
}

/**
 * Reuses the private build when there is one (whatever commit it was made from: it is reported), or builds HEAD:
 * `git archive HEAD` into BUILD_ROOT, node_modules hard-linked (fast, no copy), `next build` there.
 */
export async function ensureBuild(force) {
  const buildId = path.join(BUILD_ROOT, ".next", "BUILD_ID");
  if (force || !fs.existsSync(buildId) || !fs.existsSync(COMMIT_FILE)) {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    console.log(`Building commit ${commit} in ${BUILD_ROOT} (next build)…`);
    fs.rmSync(BUILD_ROOT, { recursive: true, force: true });
    fs.mkdirSync(BUILD_ROOT, { recursive: true });
    execSync(`git archive HEAD | tar -x -C ${JSON.stringify(BUILD_ROOT)}`, { stdio: "inherit" });
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(BUILD_ROOT, "node_modules")]);
    await waitForOtherBuilds();
    const built = spawnSync("npx", ["next", "build"], { cwd: BUILD_ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) {
      fs.rmSync(buildId, { force: true });
      throw new Error(`next build of ${commit} failed (see above).`);
    }
    const subject = execFileSync("git", ["log", "-1", "--format=%s", commit], { encoding: "utf8" }).trim();
    fs.writeFileSync(COMMIT_FILE, JSON.stringify({ commit, subject }));
  }
  const { commit, subject } = JSON.parse(fs.readFileSync(COMMIT_FILE, "utf8"));
  return { commit, subject, builtAt: fs.statSync(buildId).mtime };
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

export async function findFreePort(from, to = 3599) {
  for (let port = from; port <= to; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port between ${from} and ${to}.`);
}

/** The production server (scripts/serve.mjs: Next.js behind the page cache) of the private build, in its own process group; resolves once /api/health answers. */
export async function startServer(port, env) {
  let output = "";
  const child = spawn(process.execPath, [path.join(BUILD_ROOT, "scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: BUILD_ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SEED_DEMO: "false", APP_URL: `http://127.0.0.1:${port}`, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const pid = child.pid;
  let exited = false;
  child.once("exit", () => (exited = true));
  const ps = (field) => spawnSync("ps", ["-o", `${field}=`, "-g", String(pid)], { encoding: "utf8" }).stdout.split("\n");

  const server = {
    url: `http://127.0.0.1:${port}`,
    pid,
    output: () => output,
    pids: () => ps("pid").map((s) => Number(s.trim())).filter((n) => n > 0),
    rssKb: () => ps("rss").reduce((sum, s) => sum + (Number(s.trim()) || 0), 0),
    stop: async () => {
      if (exited) return;
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        return;
      }
      for (let i = 0; i < 100 && !exited; i++) await sleep(100);
      if (!exited) {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    },
  };
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    if (exited) throw new Error(`The server exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${server.url}/api/health`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  await server.stop();
  throw new Error(`The server did not become healthy within 3 minutes:\n${output}`);
}
