// Dates relative to the article date: "last week", "上周二", "im vergangenen November", "yesterday", "明年第二季度",
// "end of the year", in EN/DE/ZH. All are marked resolved and need the article date.
import { addDays, addMonths, day, mondayOf, nearestWeekday, quarter, weekMonth, year } from "./date-calendar";
import {
  MONTH,
  QUARTER_ORDINAL_DE,
  QUARTER_ORDINAL_EN,
  WEEKDAY,
  monthNumber,
  quarterNumber,
  weekdayNumber,
  zhWeekday,
} from "./date-lexicon";
import { final, type DateRule } from "./date-rule";
import { ZH_DIRECTION, anchored, direction, namedMonth, unit, validDay, zhYearOffset } from "./date-relative-helpers";

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
      return validDay(t.y, t.m, Number(m[2]));
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
    name: "within-this-year",
    re: /(?<![今去明前\d])年内/gu,
    build: anchored((_m, pub) => final(year(pub.y), true)),
  },
];
