// Which status a reported event implies for its initiative, and whether moving there is a step backwards. Only the
// event kinds that name a transition count (signed, construction started, in service, completed, cancelled or
// withdrawn, replaced); "launched", "agreed" or "adopted" are said of too many things that are not the initiative
// itself (a programme's next round, an agreement to cooperate, a roadmap under it) to propose a status from them —
// except an agreement reported of an initiative the tracker holds as only proposed.
import type { MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import { FUTURE } from "./milestone-hints";

const STATUS_OF_KIND: Partial<Record<MilestoneKind, Status>> = {
  signed: "agreed",
  "construction-started": "in-progress",
  "in-service": "operational",
  completed: "completed",
  cancelled: "cancelled",
  superseded: "superseded",
};

export function statusImpliedBy(kind: MilestoneKind): Status | null {
  return STATUS_OF_KIND[kind] ?? null;
}

/**
 * The lifecycle order. Cancelled and superseded end it, at any point, so they rank after completed: leaving them
 * for any other status is a step backwards (reviving what was ended). Stalled is a pause without a place in the
 * order: an initiative may stall at any stage and resume to any, so no move into or out of it is backwards.
 */
const LIFECYCLE_RANK: Partial<Record<Status, number>> = {
  proposed: 0,
  agreed: 1,
  "in-progress": 2,
  operational: 3,
  completed: 4,
  cancelled: 5,
  superseded: 5,
};

export function isBackwards(from: Status, to: Status): boolean {
  const a = LIFECYCLE_RANK[from];
  const b = LIFECYCLE_RANK[to];
  return a !== undefined && b !== undefined && b < a;
}

// A status changes on what happened, not on what was hoped for: a plan, a target or a delay reports no transition.
const UNSETTLED = /\b(?:target(?:ed|s)?|slipp(?:ed|ing)|delay(?:ed|s)?|postponed|due to|would|could|may (?:be|have|not)|might|not yet|yet to|hopes? to)\b|verschoben|verzögert|noch nicht|目标|推迟|尚未|有望/iu;

/**
 * The status an event reports for its initiative: none for a planned or unsettled event, or one of no transition. An
 * agreement reported of an initiative still only proposed (`from`) is the initiative agreed; of any other, it is said
 * of something under it.
 */
export function reportedStatus(kind: MilestoneKind, sentence: string, isPlanned: boolean, from?: Status): Status | null {
  if (isPlanned || FUTURE.test(sentence) || UNSETTLED.test(sentence)) return null;
  return kind === "agreed" && from === "proposed" ? "agreed" : statusImpliedBy(kind);
}

/** Where a signing is something done under the initiative, not to it. */
const UNDER_WAY: readonly Status[] = ["in-progress", "operational", "completed"];

/**
 * The status change an event proposes from the initiative's current status, or none. A signing reported of an
 * initiative under way is an agreement under it (a memorandum, an application deal: two of the three such signings
 * in the evaluation set), not the initiative agreed, so it proposes nothing; a negotiation the tracker holds as in
 * progress and that ends in a signature is left to the status form. Other steps backwards are proposed, flagged.
 */
export function proposeStatusChange(from: Status, kind: MilestoneKind, sentence: string, isPlanned: boolean): { toStatus: Status; backwards: boolean } | null {
  const toStatus = reportedStatus(kind, sentence, isPlanned, from);
  if (!toStatus || toStatus === from || (kind === "signed" && UNDER_WAY.includes(from))) return null;
  return { toStatus, backwards: isBackwards(from, toStatus) };
}

// "The cable", "das Projekt", "该工程", "dự án này", "proyek tersebut": a passage that names no initiative but refers
// back to one. Only then may a status be read for the article's only linked initiative.
const REFERS_BACK =
  /\b(?:the|this|its) (?:cable|system|line|link|route|centre|center|project|facility|network|hub|platform|programme|program|agreement|protocol|plan|landing station|data cent(?:re|er)|park|corridor|gateway)\b|\b(?:das|dieses) (?:Kabel|Seekabel|System|Projekt|Vorhaben|Zentrum|Netz|Abkommen|Protokoll|Rechenzentrum)\b|\b(?:der|dieser) (?:Vertrag|Korridor)\b|该(?:项目|工程|中心|海缆|光缆|系统|平台|协议|枢纽|网络|计划)|(?:dự án|tuyến cáp|trung tâm|hệ thống) (?:này|nói trên)|(?:โครงการ|ศูนย์|เคเบิล|ระบบ)นี้|(?:proyek|projek|kabel|pusat|sistem) (?:ini|tersebut)/iu;

export function refersBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence);
}
