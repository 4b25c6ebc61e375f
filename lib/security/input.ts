// Text PostgreSQL cannot store: a NUL character (U+0000) in any text parameter makes the query fail, which would
// surface as a 500. Inputs are checked at the edges (query strings, JSON bodies, form data) and refused with a 400.
import { AppError } from "@/lib/errors";

export const NUL_MESSAGE = "Text cannot contain NUL characters (U+0000).";
/** The character refused, as a JSON Schema (ECMA-262) pattern: the OpenAPI document states the rule with it. */
export const NUL_PATTERN = "\\u0000";

/** The path of the first string (value or key) holding a NUL character in a parsed JSON value, or null. */
export function findNul(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "_" : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const where = path ? `${path}.${key}` : key;
      if (key.includes("\u0000")) return where;
      const found = findNul(child, where);
      if (found) return found;
    }
  }
  return null;
}

export function assertNoNul(value: unknown, what = "input"): void {
  const path = findNul(value);
  if (path !== null) throw new AppError("bad_request", `Invalid ${what}: ${NUL_MESSAGE}`, { fieldErrors: { [path]: [NUL_MESSAGE] } });
}

/** Query strings: a NUL in any name or value → 400. */
export function assertNoNulInSearchParams(params: URLSearchParams): void {
  for (const [key, value] of params) {
    if (key.includes("\u0000") || value.includes("\u0000")) {
      throw new AppError("bad_request", `Invalid query parameter ${JSON.stringify(key.replace(/\u0000/g, ""))}: ${NUL_MESSAGE}`);
    }
  }
}

/** Form data: the names of string fields holding a NUL character. */
export function formFieldsWithNul(formData: FormData): string[] {
  const names: string[] = [];
  for (const [key, value] of formData) if (typeof value === "string" && (value.includes("\u0000") || key.includes("\u0000"))) names.push(key);
  return names;
}

/** A URL (path or query) carrying an encoded or raw NUL. */
export function urlHasNul(url: string): boolean {
  return /%00/.test(url) || url.includes("\u0000");
}

/** The 400 for a URL holding NUL, naming the query parameters that hold it (or the path). */
export function nulInUrlError(url: string): AppError {
  const names = [...new URL(url).searchParams].filter(([k, v]) => k.includes("\u0000") || v.includes("\u0000")).map(([k]) => k.replace(/\u0000/g, ""));
  const where = names.length ? `query parameter${names.length > 1 ? "s" : ""} ${[...new Set(names)].join(", ")}` : "path";
  return new AppError("bad_request", `Invalid ${where}: ${NUL_MESSAGE}`, { parameters: names.length ? [...new Set(names)] : ["path"] });
}
