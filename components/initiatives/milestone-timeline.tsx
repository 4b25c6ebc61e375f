import { DateText } from "@/components/ui/date-text";
import type { MilestoneView } from "@/lib/initiatives/detail";
import { MILESTONE_KIND_LABELS } from "@/lib/vocabulary/misc";
import { CitationQuote, UnverifiedMark } from "./citation-quote";

/**
 * Milestones in date order. Actual events have a filled marker; planned ones a hollow
 * marker, a "Planned" label and "planned for" wording — distinguishable without colour. Dates keep their precision.
 */
export function MilestoneTimeline({ milestones }: { milestones: MilestoneView[] }) {
  if (!milestones.length) return <p className="text-sm text-muted">No milestones recorded yet.</p>;
  return (
    <ol className="relative space-y-6 border-l border-line pl-6">
      {milestones.map((m) => (
        <li key={m.id} id={`milestone-${m.id}`} className="relative scroll-mt-24">
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[calc(1.5rem+6.5px)] size-3 rounded-full border-2 ${
              m.isPlanned ? "border-muted bg-paper" : "border-accent bg-accent"
            }`}
          />
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <span className={m.isPlanned ? "text-muted" : "font-semibold text-ink"}>
              {m.isPlanned && "Planned for "}
              <DateText date={m.date} />
            </span>
            <span className="text-muted">·</span>
            <span className="text-muted">{m.kind === "other" ? "Milestone" : MILESTONE_KIND_LABELS[m.kind]}</span>
            {m.isPlanned && (
              <span className="rounded border border-dashed border-muted px-1.5 py-px text-[0.7rem] font-semibold tracking-wide text-muted uppercase">
                Planned
              </span>
            )}
            {!m.isVerified && <UnverifiedMark />}
          </div>
          <p className={`mt-1 leading-relaxed ${m.isPlanned ? "text-muted italic" : "text-ink"}`}>{m.description}</p>
          {m.citations.length > 0 && (
            <div className="mt-2 space-y-2">
              {m.citations.map((c) => (
                <CitationQuote key={c.id} citation={c} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
