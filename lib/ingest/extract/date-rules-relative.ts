// Dates that need the article date: relative expressions ("last week", "上周二", "im vergangenen November") and
// year-less days and months ("6月12日", "on 12 June", "am 22. Januar"), in EN/DE/ZH.
import {
  addDays,
  addMonths,
  day,
  month,
  mondayOf,
  nearestWeekday,
  quarter,
  weekMonth,
  year,
  type Ymd,
} from "./date-calendar";
import {
  MONTH,
  QUARTER_ORDINAL_DE,
  QUARTER_ORDINAL_EN,
  WEEKDAY,
  monthNumber,
  quarterNumber,
  weekdayNumber,
  zhNumber,
  zhWeekday,
} from "./date-lexicon";
import { final, partial, type DateRule, type RuleContext, type RuleResult } from "./date-rule";

const ORD = "(?:st|nd|rd|th)?";
type Direction = -1 | 0 | 1;

const EN_DE_DIRECTION: Record<string, Direction> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  next: 1,
  coming: 1,
  letzte: -1,
  letzten: -1,
  letzter: -1,
  letztes: -1,
  vergangene: -1,
  vergangenen: -1,
  vergangener: -1,
  vergangenes: -1,
  diese: 0,
  diesen: 0,
  dieser: 0,
  dieses: 0,
  diesem: 0,
  nächste: 1,
  nächsten: 1,
  nächster: 1,
  nächstes: 1,
  kommende: 1,
  kommenden: 1,
  kommender: 1,
  kommendes: 1,
};
const ZH_DIRECTION: Record<string, Direction> = { 上: -1, 本: 0, 这: 0, 下: 1, 去: -1, 今: 0, 明: 1, 前: -1 };

const direction = (word: string): Direction => EN_DE_DIRECTION[word.toLowerCase()] ?? 0;

/** Wraps a rule that cannot work without an article date. */
function anchored(build: (m: RegExpExecArray, pub: Ymd, ctx: RuleContext) => RuleResult) {
  return (m: RegExpExecArray, ctx: RuleContext): RuleResult => (ctx.published ? build(m, ctx.published, ctx) : null);
}

function unit(pub: Ymd, unitWord: string, dir: Direction): RuleResult {
  const u = unitWord.toLowerCase();
  if (/^(?:week|woche|周|星期|礼拜)/u.test(u)) return final(weekMonth(mondayOf(pub, dir)), true);
  if (/^(?:month|monat|月)/u.test(u)) {
    const t = addMonths(pub, dir);
    return final(month(t.y, t.m), true);
  }
  return final(year(pub.y + dir), true);
}

/** "last November": the most recent November before the article's month; "next"/"this" likewise. */
function namedMonth(pub: Ymd, mo: number, dir: Direction): RuleResult {
  if (dir === 0) return final(month(pub.y, mo), true);
  const y = dir < 0 ? (mo < pub.m ? pub.y : pub.y - 1) : mo > pub.m ? pub.y : pub.y + 1;
  return final(month(y, mo), true);
}

function zhYearOffset(m: RegExpExecArray, pub: Ymd): RuleResult {
  const y = pub.y + (m[1] === "前" ? -2 : (ZH_DIRECTION[m[1]!] ?? 0));
  if (m[2] && m[3]) return final(day({ y, m: Number(m[2]), d: Number(m[3]) }), true);
  if (m[2]) return final(month(y, Number(m[2])), true);
  if (m[4]) return final(quarter(y, zhNumber(m[4]) ?? 1), true);
  if (m[5]) return final(quarter(y, 4), true);
  if (m[6]) return final(quarter(y, 1), true);
  return final(year(y), true);
}

export const RELATIVE_RULES: DateRule[] = [
  {
    name: "zh-year-relative",
    re: /(?<![说证表声发聪文透申])(去|今|明|前)年(?:(\d{1,2})月(?:份)?(?:(\d{1,2})(?:日|号))?|第?([一二三四])季度|(年底|年末|底|末)|(年初|初))?/gu,
    build: anchored((m, pub) => zhYearOffset(m, pub)),
  },
  {
    name: "zh-week",
    re: /(上|本|这|下)个?(?:周|星期|礼拜)([一二三四五六日天])?/gu,
    build: anchored((m, pub) => {
      const monday = mondayOf(pub, ZH_DIRECTION[m[1]!] ?? 0);
      if (!m[2]) return final(weekMonth(monday), true);
      return final(day(addDays(monday, ((zhWeekday(m[2]) ?? 0) + 6) % 7)), true);
    }),
  },
  {
    name: "zh-month",
    re: /(上|本|这|下)个?月(?:(\d{1,2})(?:日|号))?(?!\d)/gu,
    build: anchored((m, pub) => {
      const dir = ZH_DIRECTION[m[1]!] ?? 0;
      if (!m[2]) return unit(pub, "月", dir);
      const t = addMonths(pub, dir);
      return final(day({ y: t.y, m: t.m, d: Number(m[2]) }), true);
    }),
  },
  {
    name: "zh-day",
    re: /(昨天|昨日|前天|今天|今日)(?!头条)/gu,
    build: anchored((m, pub) =>
      final(day(addDays(pub, m[1]!.startsWith("前") ? -2 : m[1]!.startsWith("昨") ? -1 : 0)), true),
    ),
  },
  {
    name: "zh-weekday",
    re: /(?:周|星期|礼拜)([一二三四五六日天])/gu,
    build: anchored((m, pub, ctx) => final(day(nearestWeekday(pub, zhWeekday(m[1]!) ?? 0, ctx.future)), true)),
  },
  {
    name: "en-de-day-word",
    re: /(?<![\p{L}])(yesterday|today|gestern|vorgestern|heute)(?![\p{L}])/giu,
    build: anchored((m, pub) => {
      const w = m[1]!.toLowerCase();
      return final(day(addDays(pub, w === "vorgestern" ? -2 : w === "yesterday" || w === "gestern" ? -1 : 0)), true);
    }),
  },
  {
    name: "en-de-relative-quarter",
    re: new RegExp(
      `(?<![\\p{L}])(?:${QUARTER_ORDINAL_EN}\\s+quarter\\s+of\\s+(this|next|last)\\s+year|${QUARTER_ORDINAL_DE}\\s*Quartals?\\s+(dieses|des\\s+kommenden|kommenden|nächsten|letzten|vergangenen|des\\s+vergangenen)\\s+Jahres)`,
      "giu",
    ),
    build: anchored((m, pub) => {
      const which = (m[2] ?? m[4] ?? "").toLowerCase().replace(/^des\s+/u, "");
      return final(quarter(pub.y + direction(which), quarterNumber(m[1] ?? m[3]!) ?? 1), true);
    }),
  },
  {
    name: "en-de-unit",
    re: /(?<![\p{L}])(?:(?:earlier|later)\s+)?(last|past|previous|this|next|coming|letzte[nrs]?|vergangene[nrs]?|diese[mnrs]?|nächste[nrs]?|kommende[nrs]?)\s+(week|month|year|Woche|Monat(?:s|e)?|Jahr(?:es?)?)(?![\p{L}])/giu,
    build: anchored((m, pub) => unit(pub, m[2]!, direction(m[1]!))),
  },
  {
    name: "en-de-named-month",
    re: new RegExp(
      `(?<![\\p{L}])(last|this|next|letzte[nr]?|vergangene[nr]?|diese[nr]?|nächste[nr]?|kommende[nr]?)\\s+${MONTH}(?![\\p{L}])(?!\\s*\\d)`,
      "gu",
    ),
    build: anchored((m, pub) => namedMonth(pub, monthNumber(m[2]!) ?? 1, direction(m[1]!))),
  },
  {
    name: "en-de-weekday",
    re: new RegExp(
      `(?<![\\p{L}])(?:(last|this|next|letzte[nr]?|vergangene[nr]?|diese[nr]?|nächste[nr]?|kommende[nr]?)\\s+|on\\s+|am\\s+)${WEEKDAY}(?![\\p{L}])`,
      "giu",
    ),
    build: anchored((m, pub, ctx) => {
      const wd = weekdayNumber(m[2]![0]!.toUpperCase() + m[2]!.slice(1).toLowerCase()) ?? 0;
      const dir = m[1] ? direction(m[1]) : 0;
      // "last Tuesday" is strictly before the article date, "next Tuesday" strictly after.
      if (dir !== 0) return final(day(nearestWeekday(addDays(pub, dir), wd, dir > 0)), true);
      return final(day(nearestWeekday(pub, wd, ctx.future)), true);
    }),
  },
  {
    name: "year-end-relative",
    re: /(?<![\p{L}])(?:(?:the\s+)?(end|beginning|start)\s+of\s+(the|this|last|next)\s+year|(Ende|Anfang)\s+(des|dieses|letzten|vergangenen|nächsten|kommenden)\s+Jahres|(year-end|Jahresende|Jahresanfang|Jahresbeginn))(?![\p{L}])|(?<![今去明前\d])(年底|年末|年初)/giu,
    build: anchored((m, pub) => {
      const edge = (m[1] ?? m[3] ?? m[5] ?? m[6] ?? "").toLowerCase();
      const which = (m[2] ?? m[4] ?? "this").toLowerCase();
      const offset = /^(?:last|letzten|vergangenen)$/u.test(which)
        ? -1
        : /^(?:next|nächsten|kommenden)$/u.test(which)
          ? 1
          : 0;
      const q = /^(?:beginning|start|anfang|jahresanfang|jahresbeginn|年初)$/u.test(edge) ? 1 : 4;
      return final(quarter(pub.y + offset, q), true);
    }),
  },
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
