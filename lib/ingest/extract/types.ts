// The public shape of an extraction. POST /api/v1/extract returns exactly this, so changes here are API changes.
import type { DatePrecision } from "@/lib/vocabulary/misc";

/** INVARIANT: `text.slice(start, end) === quote` for the article text the evidence was taken from. */
export type Evidence = { quote: string; start: number; end: number };

export type ExtractInput = {
  text: string;
  title?: string;
  /** YYYY-MM-DD; anchors relative and year-less dates. */
  publishedOn?: string;
  /** ISO 639-1; detected when absent. */
  language?: string;
};

export type CatalogEntry = { slug: string; name: string; aliases: string[] };

export type Catalog = { initiatives: CatalogEntry[]; actors: CatalogEntry[] };

export type CountryMention = { code: string; evidence: Evidence[] };

export type DomainMention = { slug: string; confidence: number; evidence: Evidence[] };

/** `slug: null` marks a candidate that matched nothing in the catalog. */
export type EntityMention = { slug: string | null; name: string; confidence: number; evidence: Evidence[] };

export type DatedEvent = {
  /** YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY, by precision. */
  date: string;
  precision: DatePrecision;
  /** True when the date needed the article date: relative expressions and year-less dates. */
  resolved: boolean;
  /** The sentence containing the date. */
  text: string;
  evidence: Evidence[];
};

export type Extraction = {
  language: string;
  countries: CountryMention[];
  domains: DomainMention[];
  initiatives: EntityMention[];
  actors: EntityMention[];
  events: DatedEvent[];
};
