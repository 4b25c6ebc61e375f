import "server-only";
// Data for one initiative's compact timeline (components/charts/initiative-timeline.tsx): its milestones and
// the periods of its status history.
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { milestones, statusChanges } from "@/db/schema";
import { statusPeriodsFromChanges } from "./status-periods";
import type { StatusPeriod, TimelineMilestone } from "./types";

export type InitiativeTimelineData = { milestones: TimelineMilestone[]; statusPeriods: StatusPeriod[] };

export async function getInitiativeTimeline(db: DbOrTx, initiativeId: number): Promise<InitiativeTimelineData> {
  const [milestoneRows, changes] = await Promise.all([
    db
      .select({
        id: milestones.id,
        kind: milestones.kind,
        description: milestones.description,
        date: milestones.occurredOn,
        precision: milestones.precision,
        isPlanned: milestones.isPlanned,
      })
      .from(milestones)
      .where(eq(milestones.initiativeId, initiativeId))
      .orderBy(asc(milestones.occurredOn), asc(milestones.id)),
    db
      .select({ id: statusChanges.id, toStatus: statusChanges.toStatus, effectiveOn: statusChanges.effectiveOn })
      .from(statusChanges)
      .where(eq(statusChanges.initiativeId, initiativeId)),
  ]);
  return { milestones: milestoneRows, statusPeriods: statusPeriodsFromChanges(changes) };
}
