// Query-string parsing shared by every filterable view (initiatives, sources): the same parameter may be read
// leniently by a page (an invalid value is dropped, never a crash) and strictly by the API (an unknown, repeated or
// malformed parameter is a 400 that names it). List parameters repeat (`?domain=5g&domain=ai`) or take commas.
import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * A whole number written in decimal digits, within bounds. Not z.coerce.number(), which also reads "0x10", "1e1"
 * and " 5": the OpenAPI document says integer, so those are refused like any other malformed value.
 */
export function queryIntegerSchema(min: number, max: number) {
  return z.string().regex(/^\d{1,10}$/, "Use a whole number.").transform(Number).pipe(z.number().int().min(min).max(max));
}

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function entries(params: RawParams): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([k, v]) =>
    v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]],
  );
}

export function createQueryParser<Schema extends z.ZodObject<z.ZodRawShape>>(
  schema: Schema,
  options: {
    /** Parameters that may repeat (OR within the parameter); every other one appears at most once. */
    listParams: readonly string[];
    /** List parameters whose values may contain commas themselves, so they are only ever repeated, never split. */
    unsplittable?: readonly string[];
  },
) {
  type Output = z.infer<Schema>;
  const known = Object.keys(schema.shape);
  const isList = (key: string) => options.listParams.includes(key);

  function collect(params: RawParams): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [key, value] of entries(params)) {
      if (isList(key)) {
        const values = options.unsplittable?.includes(key) ? [value.trim()] : value.split(",").map((v) => v.trim());
        out[key] = [...((out[key] as string[] | undefined) ?? []), ...values.filter(Boolean)];
      } else if (value.trim() !== "") {
        out[key] = key in out ? [out[key] as string, value].flat() : value;
      }
    }
    return out;
  }

  /** For pages: keeps every valid value and silently drops the rest, so a mangled link still shows something. */
  function parseLenient(params: RawParams): Output {
    const raw = collect(params);
    const clean: Record<string, unknown> = {};
    for (const key of known) {
      const value = raw[key];
      if (value === undefined) continue;
      const field = schema.shape[key] as z.ZodType;
      if (isList(key)) {
        const item = (field as unknown as z.ZodDefault<z.ZodArray<z.ZodType>>).unwrap().element;
        clean[key] = [...new Set((value as string[]).flatMap((v) => {
          const parsed = item.safeParse(v);
          return parsed.success ? [parsed.data] : [];
        }))];
      } else {
        const single = Array.isArray(value) ? value[0] : value;
        if (field.safeParse(single).success) clean[key] = single;
      }
    }
    return schema.parse(clean);
  }

  /** For the API: any unknown, repeated-scalar or malformed parameter is a 400 that names it. */
  function parseStrict(params: URLSearchParams, allowed: readonly string[] = known): Output {
    const unknown = [...new Set([...params.keys()].filter((k) => !allowed.includes(k)))];
    if (unknown.length) {
      throw new AppError("bad_request", `Unknown parameter${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`, {
        parameters: unknown,
        allowed,
      });
    }
    const raw = collect(params);
    const repeated = Object.entries(raw).filter(([k, v]) => Array.isArray(v) && !isList(k)).map(([k]) => k);
    if (repeated.length) {
      throw new AppError("bad_request", `Parameter${repeated.length > 1 ? "s" : ""} ${repeated.join(", ")} may appear only once.`, {
        parameters: repeated,
      });
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), message: i.message }));
      const names = [...new Set(issues.map((i) => i.parameter))];
      throw new AppError(
        "bad_request",
        `Invalid value for ${names.join(", ")}: ${issues.map((i) => `${i.parameter}: ${i.message}`).join("; ")}`,
        { parameters: issues },
      );
    }
    return parsed.data;
  }

  return { known, parseLenient, parseStrict };
}
