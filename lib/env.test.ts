import { describe, expect, it } from "vitest";
import { parseDatabaseTarget } from "./env";

describe("parseDatabaseTarget", () => {
  it("defaults to embedded PGlite in ./data/pglite", () => {
    expect(parseDatabaseTarget(undefined)).toEqual({ kind: "pglite", dataDir: "./data/pglite" });
    expect(parseDatabaseTarget("  ")).toEqual({ kind: "pglite", dataDir: "./data/pglite" });
  });

  it("treats a path as a PGlite directory", () => {
    expect(parseDatabaseTarget("/var/lib/tracker")).toEqual({ kind: "pglite", dataDir: "/var/lib/tracker" });
    expect(parseDatabaseTarget("file:./db-data")).toEqual({ kind: "pglite", dataDir: "./db-data" });
  });

  it("connects to PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(parseDatabaseTarget("postgres://u:p@127.0.0.1:5432/t").kind).toBe("postgres");
    expect(parseDatabaseTarget("postgresql://u@db/t").kind).toBe("postgres");
  });

  it("refuses other URL schemes instead of treating them as a path", () => {
    expect(() => parseDatabaseTarget("mysql://u@db/t")).toThrow(/postgres:\/\//);
  });
});
