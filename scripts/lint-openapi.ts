// npm test's OpenAPI lint: builds the document exactly as /api/openapi.json serves it and lints it with Redocly CLI
// (redocly.yaml: the recommended rules, warnings as errors). Exits non-zero on any problem.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_OPERATIONS } from "@/lib/api/operations";

// A deployment's address: the document names APP_URL as its server, and localhost is (rightly) a lint warning.
const document = buildOpenApiDocument(API_OPERATIONS, "https://tracker.example.org");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openapi-lint-"));
const file = path.join(dir, "openapi.json");
fs.writeFileSync(file, JSON.stringify(document, null, 2));
const result = spawnSync("npx", ["redocly", "lint", file, "--config", "redocly.yaml", "--format", "stylish"], { encoding: "utf8" });
fs.rmSync(dir, { recursive: true, force: true });
// Redocly prints a banner about Node 20's end of life on every run; only its findings matter here.
const report = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => !/[║╔╚]/.test(line)).join("\n").trim();
console.log(report);
const clean = result.status === 0 && !/\bwarning\b/.test(report);
console.log(clean ? "OpenAPI lint: 0 errors, 0 warnings." : "OpenAPI lint failed.");
process.exit(clean ? 0 : 1);
