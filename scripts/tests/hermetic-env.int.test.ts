// `npm test` must pass whatever the caller's shell exports: the feeds suite builds its expected URLs from APP_URL, so
// it is run here under a hostile environment (PORT, APP_URL and DATABASE_URL all pointing elsewhere) and must pass.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { testEngine } from "@/db/testing";

const HOSTILE = { PORT: "4567", APP_URL: "http://example.invalid", DATABASE_URL: "postgres://hostile.invalid:1/nothing" };

describe.skipIf(testEngine() !== "pglite")("the suites ignore the caller's environment", () => {
  it("runs the feeds suite with PORT, APP_URL and DATABASE_URL set to other values", () => {
    const result = spawnSync("npx", ["vitest", "run", "--project", "integration", "app/api/v1/_tests/feeds.int.test.ts"], {
      env: { ...process.env, ...HOSTILE, TEST_ENGINE: "pglite", NO_COLOR: "1", FORCE_COLOR: "0" },
      encoding: "utf8",
      timeout: 180_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
    expect(result.stdout).toMatch(/Tests\s+\S*\d+ passed/);
  }, 200_000);
});
