import Link from "next/link";
import { Fragment } from "react";
import type { LocatedPassage, TextRun } from "@/lib/sources/passages";
import { splitIntoRuns } from "@/lib/sources/passages";
import type { SourceCitation } from "@/lib/sources/queries";
import { claimHref, claimText } from "./claims";

/**
 * The stored text with every located passage highlighted. Each passage starts with an `id="citation-N"` anchor
 * (the target of "read in context" links, outlined when targeted) and ends with a numbered link to its claim.
 */
export function SourceText({
  text,
  language,
  passages,
  citations,
  numbers,
}: {
  text: string;
  language: string;
  passages: LocatedPassage[];
  citations: Map<number, SourceCitation>;
  numbers: Map<number, number>;
}) {
  const runs = splitIntoRuns(text, passages);
  const endsAfter = (run: TextRun, next: TextRun | undefined) => run.citationIds.filter((id) => !next?.citationIds.includes(id));
  return (
    <div lang={language} className="font-serif text-[1.05rem] leading-8 whitespace-pre-wrap text-ink">
      {runs.map((run, i) => {
        const ending = endsAfter(run, runs[i + 1]);
        const [firstAnchor, ...moreAnchors] = run.startsCitationIds;
        return (
          <Fragment key={run.start}>
            {moreAnchors.map((id) => (
              <span key={id} id={`citation-${id}`} className="scroll-mt-28" />
            ))}
            {run.citationIds.length > 0 ? (
              <mark
                id={firstAnchor !== undefined ? `citation-${firstAnchor}` : undefined}
                className="scroll-mt-28 rounded-sm bg-amber-200/80 px-0.5 text-ink target:bg-amber-300 target:outline-2 target:outline-offset-2 target:outline-accent dark:bg-amber-300/25 dark:target:bg-amber-300/45"
              >
                {run.text}
              </mark>
            ) : (
              run.text
            )}
            {ending.map((id) => {
              const citation = citations.get(id);
              if (!citation) return null;
              return (
                <sup key={`end-${id}`} className="ml-0.5 font-sans text-xs">
                  <Link
                    href={claimHref(citation)}
                    aria-label={`Passage ${numbers.get(id)} supports: ${claimText(citation)} — ${citation.claim.initiative.name}`}
                    className="rounded px-0.5 font-semibold no-underline hover:underline"
                  >
                    [{numbers.get(id)}]
                  </Link>
                </sup>
              );
            })}
          </Fragment>
        );
      })}
    </div>
  );
}
