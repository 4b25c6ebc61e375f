import { DateText, DayText } from "@/components/ui/date-text";
import { StatusTag } from "@/components/ui/status-tag";
import { getEnv } from "@/lib/env";
import { type InitiativeDetail, monthsBetween } from "@/lib/initiatives/detail";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";

export function monthsAgoText(months: number): string {
  if (months <= 0) return "this month";
  if (months === 1) return "1 month ago";
  return `${months} months ago`;
}

/** Current status with its plain-language meaning and since when; freshness of the evidence; the stalled notice. */
export function StatusPanel({ detail, today }: { detail: InitiativeDetail; today: string }) {
  const info = STATUS_INFO[detail.status];
  const months = detail.lastEvidenceOn ? monthsBetween(detail.lastEvidenceOn, today) : null;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 rounded-lg border border-line p-5 sm:grid-cols-[minmax(0,1fr)_auto]">
        <div>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <span className="text-sm text-muted">Status</span>
            <StatusTag status={detail.status} tipId="status-tip-main" size="md" />
            {detail.statusSince && (
              <span className="text-sm text-muted">
                since <DateText date={detail.statusSince} className="text-ink" />
              </span>
            )}
          </p>
          <p className="mt-2 text-sm leading-relaxed text-ink">{info.explanation}</p>
        </div>
        <div className="text-sm sm:border-l sm:border-line sm:pl-5">
          <p className="text-muted">Last evidence</p>
          <p className="font-medium text-ink">
            {detail.lastEvidenceOn ? (
              <>
                <DayText iso={detail.lastEvidenceOn} /> <span className="font-normal text-muted">({monthsAgoText(months ?? 0)})</span>
              </>
            ) : (
              "none yet"
            )}
          </p>
          <p className="mt-1 text-muted">
            {detail.evidenceCount} source{detail.evidenceCount === 1 ? "" : "s"}
          </p>
          <p className="mt-3 text-muted">Checked by an editor</p>
          <p className="font-medium text-ink" data-testid="reviewed-on">
            {detail.reviewedOn ? <DayText iso={detail.reviewedOn} /> : "not yet"}
          </p>
        </div>
      </div>
      {detail.isPossiblyStalled && (
        <div role="note" aria-labelledby="stalled-heading" className="rounded-lg border border-status-stalled/60 bg-status-stalled/5 p-4 text-sm">
          <p id="stalled-heading" className="font-semibold text-status-stalled">
            <span aria-hidden="true">⚠ </span>Possibly stalled
          </p>
          <p className="mt-1 leading-relaxed text-ink">
            This initiative is not finished, but no new evidence has appeared for more than {getEnv().STALLED_AFTER_MONTHS} months
            {months !== null ? ` (the latest is from ${monthsAgoText(months)})` : ""}. This is an automatic flag, not an editor’s
            judgement: it may simply be under-reported.
            {detail.reviewedOn
              ? ` An editor last checked the sources on ${detail.reviewedOn}.`
              : " No editor has recorded a check of its status yet."}
          </p>
        </div>
      )}
      {detail.conflictNotes.length > 0 && (
        <div role="note" aria-labelledby="conflicts-heading" className="rounded-lg border border-status-in-progress/60 bg-status-in-progress/5 p-4 text-sm">
          <p id="conflicts-heading" className="font-semibold text-status-in-progress">
            <span aria-hidden="true">⇄ </span>Sources disagree
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5 leading-relaxed text-ink">
            {detail.conflictNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
