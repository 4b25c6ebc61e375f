import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertNoNul, assertNoNulInSearchParams, findNul, formFieldsWithNul, urlHasNul } from "./input";

describe("NUL checks", () => {
  it("finds a NUL in nested values and keys, with its path", () => {
    expect(findNul({ a: [1, { b: "x\u0000" }] })).toBe("a.1.b");
    expect(findNul({ "k\u0000": 1 })).toBe("k\u0000");
    expect(findNul({ a: ["fine", 2, null] })).toBeNull();
    expect(() => assertNoNul({ name: "\u0000" })).toThrow(AppError);
  });

  it("checks query strings, forms and URLs", () => {
    expect(() => assertNoNulInSearchParams(new URLSearchParams("q=a%00b"))).toThrow(/NUL/);
    expect(() => assertNoNulInSearchParams(new URLSearchParams("q=a%2500b"))).not.toThrow();
    const fd = new FormData();
    fd.set("note", "a\u0000b");
    fd.set("ok", "fine");
    expect(formFieldsWithNul(fd)).toEqual(["note"]);
    expect(urlHasNul("/initiatives?q=%00")).toBe(true);
    expect(urlHasNul("/initiatives?q=%2500")).toBe(false);
  });
});
