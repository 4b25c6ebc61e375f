import Link from "next/link";
import { DateText } from "@/components/ui/date-text";
import type { InitiativeDetail } from "@/lib/initiatives/detail";
import { SOURCE_TYPE_LABELS } from "@/lib/vocabulary/misc";
import { regionName } from "@/lib/vocabulary/regions";
import { CitationQuote } from "./citation-quote";
import { languageName } from "./language-name";

/** Every source cited on the initiative, newest first, with its metadata and each passage quoted from it. */
export function SourceList({ sources, claimLabels }: { sources: InitiativeDetail["sources"]; claimLabels: Map<number, string> }) {
  if (!sources.length) return <p className="text-sm text-muted">No sources yet.</p>;
  return (
    <ol className="space-y-6">
      {sources.map((source, index) => (
        <li key={source.id} id={`source-${source.id}`} className="scroll-mt-24">
          <div className="flex gap-3">
            <span aria-hidden="true" className="mt-0.5 font-serif text-sm text-muted tabular-nums">
              [{index + 1}]
            </span>
            <div className="min-w-0 flex-1">
              <h3 className="leading-snug font-semibold">
                <Link href={`/sources/${source.id}`} lang={source.language} className="text-ink hover:text-accent">
                  {source.title}
                </Link>
              </h3>
              <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
                <span>
                  {source.publisher}
                  {source.publisherCountry && ` (${regionName(source.publisherCountry)})`}
                </span>
                <DateText date={source.published} />
                <span>{languageName(source.language)}</span>
                <span>{SOURCE_TYPE_LABELS[source.sourceType]}</span>
                {source.hasText && <span>Full text archived</span>}
                {source.url && (
                  <a href={source.url} rel="noopener noreferrer external" className="break-all">
                    Original<span className="sr-only"> of “{source.title}”</span> ↗
                  </a>
                )}
              </p>
              <ul className="mt-3 space-y-3">
                {source.citations.map((c) => (
                  <li key={c.id}>
                    <p className="mb-1 text-xs font-medium text-muted">Supports: {claimLabels.get(c.id) ?? "the initiative"}</p>
                    <CitationQuote citation={c} showSource={false} />
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
