// Shared pieces of the relative-date rules: direction words and the arithmetic behind "last …", "this …", "next …".
import { addMonths, day, isValidDay, month, mondayOf, quarter, weekMonth, year, type Ymd } from "./date-calendar";
import { zhNumber } from "./date-lexicon";
import { final, type RuleContext, type RuleResult } from "./date-rule";

export type Direction = -1 | 0 | 1;

// prettier-ignore
const EN_DE_DIRECTION: Record<string, Direction> = {
  last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1,
  letzte: -1, letzten: -1, letzter: -1, letztes: -1, vergangene: -1, vergangenen: -1, vergangener: -1, vergangenes: -1,
  diese: 0, diesen: 0, dieser: 0, dieses: 0, diesem: 0, nächste: 1, nächsten: 1, nächster: 1, nächstes: 1,
  kommende: 1, kommenden: 1, kommender: 1, kommendes: 1,
};
export const ZH_DIRECTION: Record<string, Direction> = { 上: -1, 本: 0, 这: 0, 下: 1, 去: -1, 今: 0, 明: 1, 前: -1 };

export const direction = (word: string): Direction => EN_DE_DIRECTION[word.toLowerCase()] ?? 0;

/** Wraps a rule that cannot work without an article date. */
export function anchored(build: (m: RegExpExecArray, pub: Ymd, ctx: RuleContext) => RuleResult) {
  return (m: RegExpExecArray, ctx: RuleContext): RuleResult => (ctx.published ? build(m, ctx.published, ctx) : null);
}

/** A day that does not exist ("2月30日") is no date at all. */
export function validDay(y: number, m: number, d: number): RuleResult {
  return isValidDay({ y, m, d }) ? final(day({ y, m, d }), true) : null;
}

export function unit(pub: Ymd, unitWord: string, dir: Direction): RuleResult {
  const u = unitWord.toLowerCase();
  if (/^(?:week|woche|周|星期|礼拜)/u.test(u)) return final(weekMonth(mondayOf(pub, dir)), true);
  if (/^(?:month|monat|月)/u.test(u)) {
    const t = addMonths(pub, dir);
    return final(month(t.y, t.m), true);
  }
  return final(year(pub.y + dir), true);
}

/** "last November": the most recent November before the article's month; "next"/"this" likewise. */
export function namedMonth(pub: Ymd, mo: number, dir: Direction): RuleResult {
  if (dir === 0) return final(month(pub.y, mo), true);
  const y = dir < 0 ? (mo < pub.m ? pub.y : pub.y - 1) : mo > pub.m ? pub.y : pub.y + 1;
  return final(month(y, mo), true);
}

/** 去年11月, 今年6月12日, 明年第二季度, 今年年底: the groups of the zh-year-relative pattern. */
export function zhYearOffset(m: RegExpExecArray, pub: Ymd): RuleResult {
  const y = pub.y + (m[1] === "前" ? -2 : (ZH_DIRECTION[m[1]!] ?? 0));
  if (m[2] && m[3]) return validDay(y, Number(m[2]), Number(m[3]));
  if (m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? final(month(y, Number(m[2])), true) : null;
  if (m[4]) return final(quarter(y, zhNumber(m[4]) ?? 1), true);
  if (m[5]) return final(quarter(y, 4), true);
  if (m[6]) return final(quarter(y, 1), true);
  return final(year(y), true);
}
