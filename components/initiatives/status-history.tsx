import { DateText } from "@/components/ui/date-text";
import type { StatusChangeView } from "@/lib/initiatives/detail";
import { STATUS_INFO, type Status } from "@/lib/vocabulary/statuses";
import { CitationQuote } from "./citation-quote";

function StatusName({ status }: { status: Status }) {
  return (
    <span className="font-semibold" style={{ color: `var(--color-status-${status})` }}>
      {STATUS_INFO[status].label}
    </span>
  );
}

/** Every status change, newest first, with its date, the editor's note and the quoted sources behind it. */
export function StatusHistory({ changes }: { changes: StatusChangeView[] }) {
  if (!changes.length) return <p className="text-sm text-muted">No status changes recorded.</p>;
  return (
    <ol className="space-y-5">
      {[...changes].reverse().map((change) => (
        <li key={change.id} id={`status-change-${change.id}`} className="scroll-mt-24 rounded-lg border border-line p-4">
          <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <DateText date={change.effective} className="font-medium text-ink" />
            <span className="text-muted">·</span>
            <span>
              {change.from ? (
                <>
                  <StatusName status={change.from} /> <span aria-hidden="true">→</span>
                  <span className="sr-only">changed to</span> <StatusName status={change.to} />
                </>
              ) : (
                <>
                  <span className="text-muted">First recorded as </span>
                  <StatusName status={change.to} />
                </>
              )}
            </span>
          </p>
          {change.note && <p className="mt-2 text-sm leading-relaxed text-ink">{change.note}</p>}
          {change.citations.length > 0 && (
            <div className="mt-3 space-y-2">
              {change.citations.map((c) => (
                <CitationQuote key={c.id} citation={c} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
