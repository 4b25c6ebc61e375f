// Prefill for the create-initiative form from a review suggestion (/review → "create this initiative"): the
// candidate's name, the countries and domains accepted from the same article, and the passage as the first citation.
// Parsed leniently: a value that does not validate is dropped, never an error.
import { z } from "zod";
import type { CitationInput } from "@/lib/citations/schemas";
import { COUNTRY_CODES, type CountryCode } from "@/lib/vocabulary/countries";
import { DOMAIN_SLUGS, type DomainSlug } from "@/lib/vocabulary/domains";

export type InitiativePrefill = {
  name: string;
  countries: CountryCode[];
  domains: DomainSlug[];
  citation: CitationInput | null;
  returnTo: string | null;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const list = (v: string | string[] | undefined) => (first(v) ?? "").split(",").map((x) => x.trim()).filter(Boolean);
const offset = z.coerce.number().int().min(0);

export function parseInitiativePrefill(params: Record<string, string | string[] | undefined>): InitiativePrefill {
  const sourceId = z.coerce.number().int().positive().safeParse(first(params.sourceId));
  const quote = first(params.quote)?.trim().slice(0, 5000);
  const start = offset.safeParse(first(params.quoteStart));
  const end = offset.safeParse(first(params.quoteEnd));
  const hasOffsets = start.success && end.success && end.data > start.data;
  const returnTo = first(params.returnTo);
  return {
    name: (first(params.name) ?? "").trim().slice(0, 300),
    countries: list(params.countries).filter((c): c is CountryCode => (COUNTRY_CODES as readonly string[]).includes(c)),
    domains: list(params.domains).filter((d): d is DomainSlug => (DOMAIN_SLUGS as readonly string[]).includes(d)),
    citation:
      sourceId.success && quote
        ? { sourceId: sourceId.data, quote, ...(hasOffsets && { quoteStart: start.data, quoteEnd: end.data }) }
        : null,
    // Only a path on this site: never an open redirect.
    returnTo: returnTo && /^\/(?!\/)/.test(returnTo) ? returnTo : null,
  };
}
