// Which status a reported event implies for its initiative, and whether moving there is a step backwards. Only the
// event kinds that name a transition count (signed, construction started, in service, completed, cancelled or
// withdrawn, replaced); "launched", "agreed" or "adopted" are said of too many things that are not the initiative
// itself (a programme's next round, an agreement to cooperate, a roadmap under it) to propose a status from them —
// except an agreement reported of an initiative the tracker holds as only proposed.
import type { MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import { splitSentences } from "./extract/sentences";
import { FUTURE, findKindCue } from "./milestone-hints";

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

// A status changes on what happened, not on what was hoped for: a plan, a target, a delay or a negation reports no
// transition.
const UNSETTLED =
  /\b(?:target(?:ed|s)?|slipp(?:ed|ing)|delay(?:ed|s)?|postponed|due to|would|could|may (?:be|have|not)|might|not yet|yet to|hopes? to|never)\b|\bnot\b(?! only)|verschoben|verzögert|noch nicht|目标|推迟|延期|尚未|未(?!来)|没有|有望|可望|(?<!\p{L})(?:chưa|mục tiêu|trì hoãn|hoãn)(?!\p{L})|ยังไม่|เลื่อน|เป้าหมาย|\b(?:belum|ditunda|tertunda|sasaran|ditargetkan|menargetkan|disasarkan)\b/iu;

// "Once completed", "khi hoàn thành", "jika beroperasi": the event as a condition of what follows. Not "after" (nor
// "sau khi", "setelah"): "after signing the MoU, the ministers met" tells what happened.
const CONDITION = /(?:\b(?:once|upon|until|if|when)\s+(?:(?:it|they)\s+(?:is|are)\s+)?(?:fully\s+)?|(?<!\p{L})(?<!sau )(?:khi|nếu)\s+|\b(?:jika|apabila|bila)\s+)$/iu;

// A bare dash is no clause end: it joins names ("中国—东盟"); nor is a thousands separator ("1,500").
const CLAUSE_END = /(?<!\d),|,(?!\d{3}(?!\d))|[;:，、；：]|\s[–—]\s/u;

/**
 * The words that say whether the event happened and of what: the sentence up to its cue (a plan stated first governs
 * what follows: "under the plan, the two sides will sign…"; the initiative is named before its verb) and the rest of
 * the cue's own clause ("the groundbreaking will be held next week"), not a later clause ("…was switched on, and its
 * officers will staff it"; "…, and the gateway's main works were built"). Offsets are into `sentence`.
 */
export function reportSpan(kind: MilestoneKind, sentence: string): { start: number; cueStart: number; cueEnd: number; end: number } {
  const cue = findKindCue(sentence, kind);
  if (!cue) return { start: 0, cueStart: sentence.length, cueEnd: sentence.length, end: sentence.length };
  const start = splitSentences(sentence).findLast((s) => s.start <= cue.index)?.start ?? 0;
  const stop = sentence.slice(cue.end).search(CLAUSE_END);
  return { start, cueStart: cue.index, cueEnd: cue.end, end: stop === -1 ? sentence.length : cue.end + stop };
}

function governingWords(kind: MilestoneKind, sentence: string): { before: string; cue: string; after: string } {
  const span = reportSpan(kind, sentence);
  return { before: sentence.slice(span.start, span.cueStart), cue: sentence.slice(span.cueStart, span.cueEnd), after: sentence.slice(span.cueEnd, span.end) };
}

// A part of the initiative or a step under it: a phase, section, expansion, trial or negotiation ("completed the first
// phase", "完成试运行", "基本建成", "hoàn thành giai đoạn 1", "completion of negotiations"), or units counted ("built 34
// centres", "建成34个"). Its completion is not the initiative's, and work on it does not take an initiative further
// along back to an earlier stage.
const PART =
  /\b(?:(?:first|initial|1st|second|2nd|third|3rd|next|new|later) (?:phase|stage|section|segment|leg)|phases? (?:one|two|1|2|I|II)|expansion|extension|upgrade|trial|tests?|testing|pilot|survey|feasibility|negotiations?|talks)\b|谈判|磋商|一期|二期|三期|首期|第[一二三]阶段|阶段性|部分|主体|基本|初步|扩建|扩容|升级|试运行|试运营|测试|调试|试点|演示|(?<!\p{L})(?:giai đoạn (?:1|2|I|II|một|hai|đầu)|mở rộng|nâng cấp|thử nghiệm|chạy thử|cơ bản|đàm phán)(?!\p{L})|ระยะ(?:ที่)?\s*(?:1|2|๑|๒|แรก)|เฟส\s*(?:1|2|แรก)|ส่วนขยาย|ทดสอบ|ทดลอง|เจรจา|\b(?:(?:tahap|fase|fasa) (?:pertama|kedua|awal|I|II|1|2)|perluasan|uji coba|percubaan|perundingan|negosiasi|rundingan)\b/iu;
const COUNTED = /^\s*(?:了|(?:more than|over|nearly|about|some|another)\s+)?[\d０-９一二三四五六七八九十百千万两几多]/u;

function isPartOnly(words: { before: string; cue: string; after: string }): boolean {
  return PART.test(words.before + words.cue + words.after) || COUNTED.test(words.after);
}

/**
 * The status an event reports for its initiative: none for a planned, conditional or unsettled event, or one of no
 * transition; nor a completion of only a part. `isPlanned`: the event's period lies after the article's date. An
 * agreement reported of an initiative still only proposed (`from`) is the initiative agreed; of any other, it is said
 * of something under it.
 */
export function reportedStatus(kind: MilestoneKind, sentence: string, isPlanned: boolean, from?: Status): Status | null {
  const words = governingWords(kind, sentence);
  const said = words.before + words.cue + words.after;
  if (isPlanned || FUTURE.test(said) || UNSETTLED.test(said) || CONDITION.test(words.before)) return null;
  if (kind === "completed" && isPartOnly(words)) return null;
  return kind === "agreed" && from === "proposed" ? "agreed" : statusImpliedBy(kind);
}

/** Where a signing is something done under the initiative, not to it. */
const UNDER_WAY: readonly Status[] = ["in-progress", "operational", "completed"];

/**
 * The status change an event proposes from the initiative's current status, or none. A signing reported of an
 * initiative under way is an agreement under it (a memorandum, an application deal: two of the three such signings
 * in the evaluation set), not the initiative agreed, so it proposes nothing; a negotiation the tracker holds as in
 * progress and that ends in a signature is left to the status form. An initiative in service is not completed by a
 * report of completion: building precedes service, so it is its construction retold ("the facility was completed in
 * record time") or units of it built; one that ends is left to the status form too. Work on a part (a new phase, an
 * expansion) of an initiative further along is no step back. Other steps backwards are proposed, flagged.
 */
export function proposeStatusChange(from: Status, kind: MilestoneKind, sentence: string, isPlanned: boolean): { toStatus: Status; backwards: boolean } | null {
  const toStatus = reportedStatus(kind, sentence, isPlanned, from);
  if (!toStatus || toStatus === from || (kind === "signed" && UNDER_WAY.includes(from))) return null;
  if (kind === "completed" && from === "operational") return null;
  const backwards = isBackwards(from, toStatus);
  if (backwards && isPartOnly(governingWords(kind, sentence))) return null;
  return { toStatus, backwards };
}

// "The cable", "das Projekt", "该工程", "dự án này", "proyek tersebut": a passage that names no initiative but refers
// back to one. Only then may a status be read for the article's only linked initiative.
const REFERS_BACK =
  /\b(?:the|this|its) (?:cable|system|line|link|route|centre|center|project|facility|network|hub|platform|programme|program|agreement|protocol|plan|landing station|data cent(?:re|er)|park|corridor|gateway)\b|\b(?:das|dieses) (?:Kabel|Seekabel|System|Projekt|Vorhaben|Zentrum|Netz|Abkommen|Protokoll|Rechenzentrum)\b|\b(?:der|dieser) (?:Vertrag|Korridor)\b|该(?:项目|工程|中心|海缆|光缆|系统|平台|协议|枢纽|网络|计划)|(?:dự án|tuyến cáp|trung tâm|hệ thống) (?:này|nói trên)|(?:โครงการ|ศูนย์|เคเบิล|ระบบ)นี้|(?:proyek|projek|kabel|pusat|sistem) (?:ini|tersebut)/iu;

export function refersBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence);
}
