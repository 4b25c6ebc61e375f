// The compact timeline's data (components/charts/initiative-timeline.tsx) taken from the initiative page's own
// record, so it shows exactly the milestones and status history of the page — including as of a past day.
import { statusPeriodsFromChanges } from "@/lib/stats/status-periods";
import type { InitiativeTimelineData } from "@/lib/stats/initiative-timeline";
import type { InitiativeDetail } from "./detail";

export function timelineOf(detail: Pick<InitiativeDetail, "milestones" | "statusHistory">): InitiativeTimelineData {
  return {
    milestones: detail.milestones.map((m) => ({
      id: m.id,
      kind: m.kind,
      description: m.description,
      date: m.date.date,
      precision: m.date.precision,
      isPlanned: m.isPlanned,
    })),
    statusPeriods: statusPeriodsFromChanges(
      detail.statusHistory.map((s) => ({ id: s.id, toStatus: s.to, effectiveOn: s.effective.date })),
    ),
  };
}
