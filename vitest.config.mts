import path from "node:path";
import { defineConfig } from "vitest/config";
import { HERMETIC_TEST_ENV } from "./scripts/test-env.mjs";

const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "scripts/server-only-stub.ts") };

export default defineConfig({
  test: {
    // The caller's APP_URL, PORT and DATABASE_URL never reach a suite (scripts/test-env.mjs).
    env: HERMETIC_TEST_ENV,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite instances are memory-hungry WASM; two workers fit this 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
