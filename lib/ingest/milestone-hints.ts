// Defaults for a dated event's milestone form, read from its sentence: the kind of milestone (by the verb), whether
// it is planned (its period lies after the article's date, or the sentence speaks of the future) and a description.
// Only defaults: the editor sees and may change each before accepting.
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { DatePrecision, MilestoneKind } from "@/lib/vocabulary/misc";

// First match wins: "signed an agreement at the summit" is a signing, not a meeting; an ending ("cancelled after
// it was signed", "replaced by") outranks everything. A participant leaving ("X withdrew from the project") is not
// the initiative withdrawn, so only the passive counts; a replacement is read in the passive too ("X was replaced by
// Y", "X被Y取代"), where the initiative replaced is named first. Vietnamese, Thai, Indonesian and Malay cues follow each
// line's English, German and Chinese ones for the kinds that imply a status (lib/ingest/status-hints.ts).
const KIND_CUES: [MilestoneKind, RegExp][] = [
  ["superseded", /\b(?:replaced by|superseded by|succeeded by)\b|abgelöst|ersetzt durch|被[^。，]{1,40}(?:取代|替代)|thay thế|ถูกแทนที่|แทนที่ด้วย|digantikan|diganti dengan/iu],
  [
    "cancelled",
    /\b(?:cancell?ed|scrapped|abandoned|called off|(?:was|were|been) withdrawn|terminated)\b|abgesagt|gestrichen|gestoppt|zurückgezogen|被取消|宣布取消|已取消|终止|叫停|撤销|hủy bỏ|huỷ bỏ|bị hủy|bị huỷ|ยกเลิก|dibatalkan|ditarik balik/iu,
  ],
  [
    "construction-started",
    /\b(?:groundbreaking|broke ground|under construction|(?:began|begun|started|commenced) (?:construction|building)|construction\b[^.]{0,80}?\b(?:began|begun|begins|started|starts|commenced|got under ?way))\b|Baubeginn|Spatenstich|Bau begonnen|开工|动工|破土|奠基|khởi công|động thổ|bắt đầu (?:xây dựng|thi công)|đang thi công|เริ่มก่อสร้าง|เริ่มการก่อสร้าง|วางศิลาฤกษ์|อยู่ระหว่าง(?:การ)?ก่อสร้าง|peletakan batu pertama|pembangunan dimulai|mulai dibangun|memulai pembangunan|sedang dibangun|mula dibina|memulakan pembinaan|pecah tanah|dalam pembinaan/iu,
  ],
  [
    "in-service",
    /\b(?:in(?:to)? (?:commercial )?service|enter(?:s|ed) (?:commercial |full )?service|(?:go(?:es)?|went|gone) live|ready for service|commercial operation|launch(?:ed|es) commercial(?:ly| services?)|switch(?:ed|es)? (?:(?:it|them) )?on|came online|(?:began|begins|started) operati(?:ng|ons)|(?:became|was made|were made|is now|are now) operational|(?:put|went) into operation)\b|in Betrieb|Betrieb aufgenommen|freigeschaltet|eingeschaltet|ans Netz|投入使用|投用|投运|投产|投入运营|正式运营|正式运行|正式商用|启用|开通|上线|đưa vào (?:sử dụng|vận hành|khai thác|hoạt động)|đi vào hoạt động|chính thức vận hành|chính thức (?:triển khai|kết nối|hoạt động)|เปิดให้บริการ|เริ่มให้บริการ|เปิดใช้งาน|เปิดใช้|(?:mulai|resmi|telah|sudah|mula) beroperasi|beroperasi (?:secara )?(?:komersial|sepenuhnya|penuh)|diaktifkan/iu,
  ],
  [
    "completed",
    /\b(?:complet(?:ed|es|ion)|finished)\b|abgeschlossen|fertiggestellt|建成|竣工|完工|落成|完成|hoàn thành|hoàn tất|แล้วเสร็จ|เสร็จสมบูรณ์|เสร็จสิ้น|ก่อสร้างเสร็จ|selesai dibangun|selesai dibina|rampung|telah siap|siap sepenuhnya|siap dibina/iu,
  ],
  ["signed", /\b(?:sign(?:ed|s|ing)?|inked)\b|unterzeichne|unterschrieb|签署|签订|签约|ký kết|(?:đã|được|cùng) ký|ký (?:thỏa thuận|hiệp định|bản ghi nhớ|biên bản)|ลงนาม|เซ็นสัญญา|menandatangani|ditandatangani|menandatangan|\b(?:meneken|diteken|memeterai|dimeterai)\b/iu],
  ["adopted", /\b(?:adopt(?:ed|s)?|endorse(?:d|s)?|approved)\b|verabschiede|angenommen|通过|批准/iu],
  ["agreed", /\b(?:agree(?:d|s)?|reached (?:a |an )?(?:deal|agreement|consensus))\b|vereinbar|einigten|达成/iu],
  ["launched", /\b(?:launch(?:ed|es)?|unveil(?:ed|s)?|inaugurat(?:ed|es)|open(?:ed|s)|kick(?:ed)? off|set up|established)\b|eröffne|gestartet|startete|ins Leben|揭牌|启动|成立/iu],
  ["meeting-held", /\b(?:meeting|summit|forum|dialogue|conference|talks)\b|Treffen|Gipfel|Konferenz|Dialog|Forum|会议|峰会|论坛|对话/iu],
  ["announced", /\b(?:announc(?:ed|es)|unveiled plans)\b|angekündigt|kündigte|bekannt|宣布/iu],
  ["proposed", /\b(?:propos(?:ed|es|al))\b|vorgeschlagen|schlug|提议|倡议/iu],
];

// Vietnamese, Thai, Indonesian and Malay markers follow the English, German and Chinese ones; Vietnamese syllables
// stand alone ("sẽ", not inside a longer word), Thai has no spaces to bound จะ.
export const FUTURE =
  /\b(?:will|shall|plans? to|planned|expected to|projected to|slated to|is to|are to|aims? to|scheduled|set to|by the end of)\b|\bsoll(?:en)?\b|\bwerden\b|\bwird\b|geplant|将|计划|预计|拟|争取|力争|(?<!\p{L})(?:sẽ|dự kiến|dự định|kế hoạch)(?!\p{L})|จะ|คาดว่า|มีแผน|มีกำหนด|วางแผน|\b(?:akan|bakal|direncanakan|dijadwalkan|rencananya|berencana|diharapkan|dijangka|dirancang)\b/iu;

/** Where the sentence names its event: the first kind whose cue it contains (or the given kind's), and where. */
export function findKindCue(sentence: string, only?: MilestoneKind): { kind: MilestoneKind; index: number; end: number } | null {
  for (const [kind, cue] of KIND_CUES) {
    if (only && kind !== only) continue;
    const m = cue.exec(sentence);
    if (m) return { kind, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

export function guessMilestoneKind(sentence: string): MilestoneKind {
  return findKindCue(sentence)?.kind ?? "other";
}

const addPeriod = (start: string, precision: DatePrecision): string => {
  const d = new Date(`${start}T00:00:00Z`);
  if (precision === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (precision === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (precision === "quarter") d.setUTCMonth(d.getUTCMonth() + 3);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
};

/** Whether the whole period lies after the article's date (true), before it (false), or around it or unknown (null). */
export function periodLiesAfter(date: string, publishedOn: string | undefined): boolean | null {
  const parsed = parsePartialDate(date);
  if (!parsed || !publishedOn) return null;
  if (parsed.date > publishedOn) return true;
  return addPeriod(parsed.date, parsed.precision) <= publishedOn ? false : null;
}

/** Planned when the whole period lies after the article's date; for a period around it, the sentence decides. */
export function guessIsPlanned(date: string, sentence: string, publishedOn: string | undefined): boolean {
  return periodLiesAfter(date, publishedOn) ?? FUTURE.test(sentence);
}

/** The sentence as a one-line description, cut at a word boundary. */
export function describeEvent(sentence: string, max = 300): string {
  const line = sentence.replace(/\s+/gu, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
