// Deterministic, explainable article extraction: every suggestion carries evidence whose offsets point into the
// input text. Pure functions, no database; POST /api/v1/extract wraps createExtractor.
import { findChrome, maskSpans } from "./chrome";
import { extractCountries } from "./countries";
import { extractEvents } from "./dates";
import { extractDomains } from "./domains";
import { createEntityExtractor } from "./entities";
import { detectLanguage, normaliseLanguageTag } from "./language";
import { buildStream, tokenize } from "./normalise";
import { splitSentences } from "./sentences";
import type { Catalog, ExtractInput, Extraction } from "./types";

export type Extractor = (input: ExtractInput) => Extraction;

/** Compiles the catalog's names once; reuse the returned function for every article. */
export function createExtractor(catalog: Catalog): Extractor {
  const extractEntities = createEntityExtractor(catalog);
  return (input) => {
    const { text } = input;
    // Chrome becomes blanks of the same length, so extractors never see it and offsets stay valid.
    const masked = maskSpans(text, findChrome(text));
    const sentences = splitSentences(masked);
    const { initiatives, actors } = extractEntities(buildStream(tokenize(masked)), masked, text);
    const named = initiatives.filter((i) => i.slug !== null).flatMap((i) => i.evidence);
    return {
      language: input.language ? normaliseLanguageTag(input.language) : detectLanguage(masked),
      countries: extractCountries(masked, text),
      domains: extractDomains(masked, text, sentences, input.title, named),
      initiatives,
      actors,
      events: extractEvents(masked, text, sentences, input.publishedOn),
    };
  };
}

const cache = new WeakMap<Catalog, Extractor>();

/** One-off convenience; the compiled extractor is cached per catalog object. */
export function extractArticle(input: ExtractInput, catalog: Catalog): Extraction {
  let extractor = cache.get(catalog);
  if (!extractor) {
    extractor = createExtractor(catalog);
    cache.set(catalog, extractor);
  }
  return extractor(input);
}
