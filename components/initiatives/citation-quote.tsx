import Link from "next/link";
import { DateText } from "@/components/ui/date-text";
import type { CitationView } from "@/lib/initiatives/detail";

/** A quoted passage (or, when we hold no verbatim quote, the researcher's note) with the source it comes from. */
export function CitationQuote({ citation, showSource = true }: { citation: CitationView; showSource?: boolean }) {
  const { source } = citation;
  return (
    <figure className="border-l-2 border-line pl-3">
      {citation.quote ? (
        <blockquote lang={source.language} className="font-serif text-[0.95rem] leading-relaxed text-ink">
          <span className="sr-only">Verbatim quote: </span>“{citation.quote}”
        </blockquote>
      ) : (
        <p className="text-sm leading-relaxed text-ink">
          <SummaryLabel />
          {citation.note}
        </p>
      )}
      <figcaption className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
        {showSource && (
          <span>
            —{" "}
            <Link href={`/sources/${source.id}#citation-${citation.id}`} className="font-medium">
              {source.title}
            </Link>
            , {source.publisher}, <DateText date={source.published} />
          </span>
        )}
        {!showSource && (
          <Link href={`/sources/${source.id}#citation-${citation.id}`} className="font-medium">
            {citation.quote && source.hasText ? "Read in context" : "View in source archive"}
          </Link>
        )}
        {!citation.isVerified && <UnverifiedMark />}
      </figcaption>
    </figure>
  );
}

/**
 * A note is our summary of what the source reports, never its words: the label keeps it apart from a verbatim quote
 * (which only texts the tracker holds, such as imports, carry).
 */
export function SummaryLabel() {
  return <span className="font-medium text-muted">Summary of the source (our words): </span>;
}

/** Marks a fact nobody has checked against a source yet: shape and words, never colour alone. */
export function UnverifiedMark() {
  return (
    <span className="inline-flex items-center gap-1 rounded border border-dashed border-status-in-progress px-1.5 py-px text-[0.7rem] font-semibold tracking-wide text-status-in-progress uppercase">
      <span aria-hidden="true">?</span> Unverified
    </span>
  );
}
