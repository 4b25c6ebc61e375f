// Partial dates completed from context: year-less days and months ("6月12日", "on 12 June", "am 22. Januar", "17日"),
// anaphora ("that year", "同年11月") and day shifts ("the previous day", "次日"), in EN/DE/ZH.
import { MONTH, monthNumber } from "./date-lexicon";
import { partial, type DateRule } from "./date-rule";

const ORD = "(?:st|nd|rd|th)?";

export const PARTIAL_RULES: DateRule[] = [
  {
    name: "same-year",
    re: /(?<![\p{L}])(?:(?:later|earlier)\s+)?(?:that|the same)\s+year(?![\p{L}])|im\s+(?:selben|gleichen|selbigen)\s+Jahr(?:e)?|(?:同|当)年(?:(\d{1,2})月(?:(\d{1,2})(?:日|号))?)?/giu,
    build: (m) => partial(m[1] ? Number(m[1]) : null, m[2] ? Number(m[2]) : null, true),
  },
  {
    name: "day-shift",
    re: /(?<![\p{L}])(?:the\s+(previous|following|next)\s+day|the\s+day\s+(before|after)|am\s+(Vortag|Folgetag)|am\s+(nächsten|darauffolgenden)\s+Tag|tags\s+(darauf|zuvor))(?![\p{L}])|(前一天|次日|翌日|第二天)/giu,
    build: (m) => {
      const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? "").toLowerCase();
      return { kind: "shift", days: /^(?:previous|before|vortag|zuvor|前一天)$/u.test(word) ? -1 : 1 };
    },
  },
  {
    name: "zh-yearless-day",
    re: /(?<![\d年])(\d{1,2})月(\d{1,2})(?:(?:日|号)|(?=(?:至|到|-|—|–|~)(?:\d{1,2}月)?\d{1,2}(?:日|号)))(?:(?:至|到|-|—|–|~)(?:\d{1,2}月)?\d{1,2}(?:日|号))?/gu,
    build: (m) => partial(Number(m[1]), Number(m[2])),
  },
  {
    name: "en-de-yearless-day",
    re: new RegExp(
      `(?<![\\p{L}\\p{N}.])(\\d{1,2})(?:${ORD}(?:\\s*(?:-|–|—|to|and)\\s*\\d{1,2}${ORD})?(?:\\s+of)?|\\.(?:\\s*(?:-|–|—|bis|und)\\s*\\d{1,2}\\.)?)\\s+${MONTH}(?![\\p{L}])`,
      "gu",
    ),
    build: (m) => partial(monthNumber(m[2]!) ?? 0, Number(m[1])),
  },
  {
    name: "en-yearless-month-day",
    re: new RegExp(`${MONTH}\\s+(\\d{1,2})${ORD}(?![\\p{L}\\p{N}])(?!,?\\s*\\d)`, "gu"),
    build: (m) => partial(monthNumber(m[1]!) ?? 0, Number(m[2])),
  },
  {
    name: "zh-yearless-month",
    re: /(?<![\d年个])(\d{1,2})月(?:份)?(?![\d日号])/gu,
    build: (m) => partial(Number(m[1]), null),
  },
  {
    name: "zh-day-of-month",
    re: /(?<![\d月])(\d{1,2})(?:日|号)(?!\d)/gu,
    build: (m) => partial(null, Number(m[1])),
  },
  {
    name: "en-de-yearless-month",
    re: new RegExp(
      `(?<![\\p{L}])(?:in|since|during|until|by|from|im|seit|bis|ab|Anfang|Mitte|Ende|early|mid|late)[-\\s]+${MONTH}(?![\\p{L}])`,
      "gu",
    ),
    build: (m) => partial(monthNumber(m[1]!) ?? 0, null),
  },
];
