// The status vocabulary: URL/API values, labels and the plain-language explanation shown wherever a status appears.
export const STATUSES = [
  "proposed",
  "agreed",
  "in-progress",
  "operational",
  "completed",
  "stalled",
  "cancelled",
  "superseded",
] as const;

export type Status = (typeof STATUSES)[number];

export const STATUS_INFO: Record<Status, { label: string; explanation: string }> = {
  proposed: {
    label: "Proposed",
    explanation: "Announced or put forward by at least one side, but not yet formally agreed.",
  },
  agreed: {
    label: "Agreed",
    explanation: "Formally agreed, signed or adopted by the parties; implementation has not visibly started.",
  },
  "in-progress": {
    label: "In progress",
    explanation: "Implementation is under way: construction, negotiation rounds or set-up work are reported.",
  },
  operational: {
    label: "Operational",
    explanation: "Running: the facility is in service, the mechanism meets, or the programme delivers activities.",
  },
  completed: {
    label: "Completed",
    explanation: "Finished as planned: a time-bound programme or project that has reached its end.",
  },
  stalled: {
    label: "Stalled",
    explanation: "An editor has confirmed there has been no visible progress for a long time.",
  },
  cancelled: {
    label: "Cancelled",
    explanation: "Abandoned or withdrawn by the parties.",
  },
  superseded: {
    label: "Superseded",
    explanation: "Replaced by a newer initiative, which is linked from this one.",
  },
};

/** Statuses after which no further evidence is expected, so "possibly stalled" never applies. */
export const FINISHED_STATUSES: readonly Status[] = ["completed", "cancelled", "superseded", "stalled"];

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}
