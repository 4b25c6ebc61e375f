// The environment every test suite runs with, whatever the caller's shell holds. Expected URLs in the suites (exports,
// feeds, sign-in origins) are built from APP_URL, and a stray DATABASE_URL must never point a test at real data, so
// vitest (vitest.config.mts) and `npm test` (scripts/test.mjs) both override these. Test databases come from
// TEST_DATABASE_URL only (db/testing.ts).
export const TEST_APP_URL = "http://localhost:3000";

export const HERMETIC_TEST_ENV = {
  APP_URL: TEST_APP_URL,
  PORT: "3000",
  // Never opened: every suite installs its own database (setTestDatabase); a path keeps a mistaken open local.
  DATABASE_URL: "./data/test-never-opened",
};
