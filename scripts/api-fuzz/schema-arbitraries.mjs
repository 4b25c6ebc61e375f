// fast-check arbitraries from the OpenAPI document's JSON Schemas (2020-12): values the schema accepts, for the
// subset of JSON Schema our zod-generated documents use ($ref, anyOf/oneOf, enum/const, string patterns and
// lengths, integer ranges, arrays, objects with required/anyOf-required/dependentRequired, `not`). Each generated
// request is re-checked with ajv before it counts as valid, so a gap here skips a case rather than misclassifying it.
import fc from "fast-check";

const MAX_ITEMS = 4;
const INT4 = { min: -2_147_483_648, max: 2_147_483_647 };

export function resolve(schema, root) {
  let s = schema;
  while (s && s.$ref) s = s.$ref.split("/").slice(1).reduce((node, key) => node[key], root);
  return s;
}

/** Printable text with some awkward characters (quotes, non-Latin scripts, emoji, whitespace), never NUL. */
function textArbitrary(min, max) {
  const unit = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789") },
    { weight: 1, arbitrary: fc.constantFrom("'", '"', "<", ">", "&", "%", "#", "?", "/", "\\", ",", ";", "中", "文", "ไทย", "é", "😀", "\t", "\n", "\u00a0", "\u0001") },
  );
  return fc.array(unit, { minLength: min, maxLength: Math.min(max, min + 40) }).map((chars) => chars.join(""));
}

function stringArbitrary(schema, hintFor) {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 10_000;
  const fits = (s) => s.length >= min && s.length <= max && !s.includes("\u0000") && (!schema.pattern || new RegExp(schema.pattern, "u").test(s));
  if (schema.format === "uri") return fc.webUrl({ validSchemes: ["https", "http"] }).filter((u) => u.length <= max);
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "date") return fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const hinted = hintFor?.();
  const pattern = schema.pattern;
  let base;
  if (!pattern || pattern === "^[^\\u0000]*$") base = textArbitrary(min, max);
  else {
    // Patterns of a minimum trimmed length (`\S[\s\S]{n,}\S`) and "not blank" (`\S`) get text of that length.
    const trimmed = /^\\S\[\\s\\S\]\{(\d+),\}\\S$/.exec(pattern);
    if (trimmed) base = textArbitrary(Number(trimmed[1]) + 2, max).map((s) => `x${s.trim()}${"y".repeat(Number(trimmed[1]) + 2)}`.slice(0, max));
    else if (pattern === "\\S") base = textArbitrary(1, max).map((s) => (s.trim() ? s : `${s}z`));
    else base = fc.stringMatching(new RegExp(pattern, "u"), { size: "small" });
  }
  const arb = base.filter(fits);
  return hinted ? fc.oneof({ weight: 3, arbitrary: hinted }, { weight: 1, arbitrary: arb }) : arb;
}

function integerArbitrary(schema) {
  const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? INT4.min);
  const max = schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : (schema.maximum ?? INT4.max);
  return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max: Math.min(max, min + 50) }), fc.integer({ min, max }));
}

/**
 * A valid value for `schema`. `hints(path)` may return an arbitrary of realistic values for a property (known slugs,
 * ids, the current version…), used alongside the schema's own values.
 */
export function valueArbitrary(schema, root, hints = () => undefined, path = []) {
  const s = resolve(schema, root);
  if (!s || Object.keys(s).length === 0) return fc.constantFrom("any", 1, true, null);
  const hintFor = () => hints(path, s);
  if ("const" in s) return fc.constant(s.const);
  if (s.enum) return hintFor() ?? fc.constantFrom(...s.enum);
  const branches = s.anyOf ?? s.oneOf;
  if (branches && !s.type && branches.every((b) => !b.required)) {
    return fc.oneof(...branches.map((b) => valueArbitrary(b, root, hints, path)));
  }
  const type = Array.isArray(s.type) ? s.type : [s.type];
  if (type.length > 1) return fc.oneof(...type.map((t) => valueArbitrary({ ...s, type: t }, root, hints, path)));
  switch (type[0]) {
    case "string":
      return stringArbitrary(s, hintFor);
    case "integer":
      return hintFor() ?? integerArbitrary(s);
    case "number":
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const item = valueArbitrary(s.items ?? {}, root, hints, [...path, "0"]);
      const constraints = { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? MAX_ITEMS, MAX_ITEMS)) };
      return s.uniqueItems ? fc.uniqueArray(item, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(item, constraints);
    }
    case "object":
      return objectArbitrary(s, root, hints, path);
    default:
      return fc.constant(null);
  }
}

function objectArbitrary(s, root, hints, path) {
  const properties = Object.entries(s.properties ?? {}).filter(([, p]) => !(p.not && Object.keys(p.not).length === 0));
  const required = new Set(s.required ?? []);
  const anyRequired = (s.anyOf ?? []).filter((b) => b.required).map((b) => b.required);
  const arbitraries = Object.fromEntries(properties.map(([k, p]) => [k, valueArbitrary(p, root, hints, [...path, k])]));
  const record = fc.record(arbitraries, { requiredKeys: [...required].filter((k) => k in arbitraries) });
  // anyOf-required (at least one of these) and dependentRequired (this one needs those): add what is missing.
  const pick = anyRequired.length ? fc.constantFrom(...anyRequired) : fc.constant([]);
  return fc.tuple(record, pick, fc.record(arbitraries)).map(([value, mustHave, full]) => {
    const out = { ...value };
    if (anyRequired.length && !anyRequired.some((keys) => keys.every((k) => k in out))) for (const k of mustHave) out[k] = full[k];
    for (let changed = true; changed; ) {
      changed = false;
      for (const [key, deps] of Object.entries(s.dependentRequired ?? {})) {
        if (!(key in out)) continue;
        for (const dep of deps) {
          if (dep in out) continue;
          out[dep] = full[dep];
          changed = true;
        }
      }
    }
    return out;
  });
}
