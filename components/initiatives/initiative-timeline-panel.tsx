import type { InitiativeDetail } from "@/lib/initiatives/detail";
import { timelineOf } from "@/lib/initiatives/timeline-data";
import { LazyInitiativeTimeline } from "./lazy-charts";

/**
 * The compact visual timeline above the milestone list, drawn from the page's own record (no query of its own), so
 * it always agrees with the list below it and with the page's "as of" day.
 */
export function InitiativeTimelinePanel({ detail, today }: { detail: InitiativeDetail; today: string }) {
  const data = timelineOf(detail);
  if (!data.milestones.length && data.statusPeriods.length < 2) return null;
  return (
    <div className="mb-8 print:hidden">
      <LazyInitiativeTimeline
        milestones={data.milestones}
        statusPeriods={data.statusPeriods}
        name={detail.name}
        today={today}
        headingLevel={3}
      />
    </div>
  );
}
