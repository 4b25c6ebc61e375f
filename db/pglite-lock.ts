// PGlite has no inter-process lock, and two processes on one data directory corrupt it silently.
// We take an exclusive lock file next to the directory, holding our PID. A lock whose PID is dead (a crash,
// SIGKILL) is stale and taken over at once, so a restart after a crash needs no waiting; a lock held by a live
// process makes us fail fast with a message. (proper-lockfile's mtime-based staleness would delay restarts.)
import fs from "node:fs";
import path from "node:path";

export class DatabaseLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database at ${dataDir} is in use by another process (PID ${pid}). ` +
        `Stop that process first (only one process may open a PGlite directory), ` +
        `or point DATABASE_URL at a PostgreSQL server to run several app processes.`,
    );
    this.name = "DatabaseLockedError";
  }
}

/**
 * Whether `pid` is a running process. A killed process that nobody has reaped yet (a zombie: common in containers,
 * whose PID 1 often reaps nothing) still answers kill(pid, 0), but holds no files: on Linux, /proc says so.
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return true; // no /proc (macOS): trust kill(pid, 0)
  }
}

/** Takes the lock for `dataDir`, returning a release function. Throws DatabaseLockedError if a live process holds it. */
export function acquirePgliteLock(dataDir: string): () => void {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseLockedError(dataDir, holder);
      }
      fs.rmSync(lockPath, { force: true }); // stale: its owner is gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}; another process keeps racing for it.`);
}
