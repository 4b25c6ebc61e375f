// Checks citations against their sources before anything is written, collecting every problem: the source must
// exist; a quote from a source whose text we hold must be a passage of that text (offsets are found when omitted
// and must match when given); a source without text takes a typed quote and no offsets.
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ChangelogCitation, sources } from "@/db/schema";
import type { CitationInput } from "./schemas";

export type ResolvedCitation = {
  sourceId: number;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  note: string | null;
  snapshot: ChangelogCitation;
};

export type FieldErrorMap = Record<string, string[]>;

export async function resolveCitations(
  tx: DbOrTx,
  inputs: CitationInput[],
  field: string,
  errors: FieldErrorMap,
): Promise<ResolvedCitation[]> {
  const ids = [...new Set(inputs.map((c) => c.sourceId))];
  const rows = ids.length
    ? await tx
        .select({ id: sources.id, title: sources.title, url: sources.url, fullText: sources.fullText })
        .from(sources)
        .where(inArray(sources.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const resolved: ResolvedCitation[] = [];
  inputs.forEach((input, i) => {
    const add = (key: string, message: string) => (errors[`${field}.${i}.${key}`] ??= []).push(message);
    const source = byId.get(input.sourceId);
    if (!source) return add("sourceId", `There is no source with id ${input.sourceId}.`);
    let quoteStart = input.quoteStart ?? null;
    let quoteEnd = input.quoteEnd ?? null;
    const quote = input.quote ?? null;
    if (quote && source.fullText) {
      if (quoteStart !== null && quoteEnd !== null) {
        if (source.fullText.slice(quoteStart, quoteEnd) !== quote) {
          return add("quote", "The quoted passage does not match the source text at those offsets.");
        }
      } else {
        const at = source.fullText.indexOf(quote);
        if (at < 0) return add("quote", "This passage does not appear in the source's text: select it in the text.");
        quoteStart = at;
        quoteEnd = at + quote.length;
      }
    } else if (quote && quoteStart !== null) {
      return add("quoteStart", "This source has no stored text: type the quote without offsets.");
    }
    resolved.push({
      sourceId: source.id,
      quote,
      quoteStart,
      quoteEnd,
      note: input.note ?? null,
      snapshot: { sourceId: source.id, sourceTitle: source.title, sourceUrl: source.url, quote, note: input.note ?? null },
    });
  });
  return resolved;
}
