import { getDb } from "@/db/client";
import { getInitiativeTimeline } from "@/lib/stats/initiative-timeline";
import { LazyInitiativeTimeline } from "./lazy-charts";

/** The compact visual timeline above the milestone list; streamed in, since the list below already says it all. */
export async function InitiativeTimelinePanel({ initiativeId, name, today }: { initiativeId: number; name: string; today: string }) {
  const data = await getInitiativeTimeline(await getDb(), initiativeId);
  if (!data.milestones.length && data.statusPeriods.length < 2) return null;
  return (
    <div className="mb-8 print:hidden">
      <LazyInitiativeTimeline milestones={data.milestones} statusPeriods={data.statusPeriods} name={name} today={today} headingLevel={3} />
    </div>
  );
}
