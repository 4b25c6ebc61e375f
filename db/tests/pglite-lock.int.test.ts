import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite } from "../client";
import { DatabaseLockedError } from "../pglite-lock";

// Two processes on one PGlite directory corrupt it silently; the second must fail fast instead.
describe("PGlite directory lock", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-lock-"));
    dirs.push(dir);
    return path.join(dir, "pglite");
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it("refuses a directory held by another live process, with a clear message", async () => {
    const dataDir = tempDir();
    fs.writeFileSync(`${dataDir}.lock`, ""); // make sure the path exists for the holder
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      fs.writeFileSync(`${dataDir}.lock`, String(holder.pid));
      const attempt = openPglite(dataDir);
      await expect(attempt).rejects.toBeInstanceOf(DatabaseLockedError);
      await expect(attempt).rejects.toThrow(/in use by another process \(PID \d+\)/);
      expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("takes over a lock left by a crashed process, and releases it on close", async () => {
    const dataDir = tempDir();
    const dead = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    await new Promise((resolve) => dead.on("exit", resolve));
    fs.writeFileSync(`${dataDir}.lock`, String(dead.pid));
    const database = await openPglite(dataDir);
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    await database.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("a second open in the same directory fails while the first is open", async () => {
    const dataDir = tempDir();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "-e", `import("${path.resolve("db/client.ts")}").then(async (m) => { await m.openPglite(${JSON.stringify(dataDir)}); console.log("open"); setTimeout(() => {}, 30000); })`],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => d.toString().includes("open") && resolve());
        child.on("exit", () => reject(new Error("holder exited early")));
      });
      await expect(openPglite(dataDir)).rejects.toBeInstanceOf(DatabaseLockedError);
    } finally {
      child.kill("SIGKILL");
    }
  });
});

describe("PGlite directory lock and zombies", () => {
  it("treats a killed but unreaped holder (a zombie) as gone, so a restart after SIGKILL is not refused", async () => {
    if (!fs.existsSync("/proc/self/stat")) return; // the zombie check reads Linux's /proc
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-zombie-"));
    const dataDir = path.join(dir, "pglite");
    // The shell starts a child, kills it and then becomes `sleep` (exec), which never reaps it: a zombie — as a
    // SIGKILLed server is in a container whose PID 1 reaps nothing.
    const parent = spawn("sh", ["-c", "sleep 30 & echo $!; kill -9 $!; exec sleep 30"], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      const zombiePid = Number(await new Promise<string>((resolve) => parent.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()))));
      await new Promise((r) => setTimeout(r, 300));
      expect(fs.readFileSync(`/proc/${zombiePid}/stat`, "utf8")).toMatch(/\) Z /);
      fs.writeFileSync(`${dataDir}.lock`, String(zombiePid));
      const database = await openPglite(dataDir);
      await database.close();
    } finally {
      parent.kill("SIGKILL");
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
