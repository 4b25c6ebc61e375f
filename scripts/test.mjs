// npm test: typecheck, lint, unit tests, integration tests on PGlite (and on PostgreSQL when TEST_DATABASE_URL is
// set), a production build with its bundle budgets, the Playwright journeys in Debian's Chromium and the API fuzzer
// against the build.
// Each step stops the run on failure. `npm test -- --skip-e2e` skips the build and browser steps.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { HERMETIC_TEST_ENV } from "./test-env.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// The caller's APP_URL, PORT and DATABASE_URL do not reach any step: servers started by the suites set their own.
Object.assign(process.env, HERMETIC_TEST_ENV);
const args = new Set(process.argv.slice(2));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(title, command, commandArgs, env = {}) {
  const started = Date.now();
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds} s)`);
}

function ensureChromium() {
  if (fs.existsSync(chromium)) return;
  if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    console.log("Chromium is missing: installing Debian's chromium package (needs apt access)…");
    run("apt-get update", "apt-get", ["update", "-qq"]);
    run("install chromium", "apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
    return;
  }
  console.error(
    `No Chromium at ${chromium}. Install Debian's package (sudo apt-get install -y chromium) ` +
      "or set CHROMIUM_PATH to a Chromium/Chrome binary; Playwright cannot download browsers on this network.",
  );
  process.exit(1);
}

const npx = "npx";
run("typecheck", npx, ["tsc", "--noEmit"]);
run("lint", npx, ["eslint", "."]);
run("OpenAPI lint (Redocly, recommended rules, warnings as errors)", npx, ["tsx", "scripts/lint-openapi.ts"]);
run("unit tests", npx, ["vitest", "run", "--project", "unit"]);
run("integration tests on PGlite", npx, ["vitest", "run", "--project", "integration"], { TEST_ENGINE: "pglite" });
if (process.env.TEST_DATABASE_URL) {
  run("integration tests on PostgreSQL", npx, ["vitest", "run", "--project", "integration"], { TEST_ENGINE: "postgres" });
} else {
  console.log("\n(TEST_DATABASE_URL is not set: the integration tests ran on PGlite only.)");
}
if (!args.has("--skip-e2e")) {
  ensureChromium();
  run("production build", npx, ["next", "build"]);
  run("bundle budgets (first-load JS per route)", "node", ["scripts/check-bundle-budgets.mjs"]);
  run("end-to-end tests (Playwright, Chromium)", npx, ["playwright", "test"]);
  // Requests generated from the OpenAPI document against the build, anonymously and with a token, on PGlite and (with
  // TEST_DATABASE_URL) PostgreSQL: 2,400 per engine by default (FUZZ_API_RUNS for more, --seed in the script).
  run("API fuzzer (OpenAPI-driven, production build)", "node", ["scripts/api-fuzz.mjs"]);
}
console.log("\nAll test steps passed.");
