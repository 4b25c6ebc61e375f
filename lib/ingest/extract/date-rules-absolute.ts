// Dates that carry their own year: days, months, quarters, year ends and years in event context, in EN/DE/ZH.
import { day, isValidDay, month, quarter, year } from "./date-calendar";
import {
  MONTH,
  QUARTER_ORDINAL_DE,
  QUARTER_ORDINAL_EN,
  YEAR,
  monthNumber,
  quarterNumber,
  zhNumber,
} from "./date-lexicon";
import { final, type DateRule, type RuleResult } from "./date-rule";

const ORD = "(?:st|nd|rd|th)?";
const RANGE_EN = `(?:\\s*(?:-|–|—|to|and)\\s*\\d{1,2}${ORD})?`;
const RANGE_DE = "(?:\\s*(?:-|–|—|bis|und)\\s*\\d{1,2}\\.)?";
const ZH_DAY_RANGE = "(?:(?:至|到|-|—|–|~)(?:\\d{1,2}月)?\\d{1,2}(?:日|号))?";
const NOT_RANGE_AFTER = "(?![\\d\\-–—/]|\\s*[-–—]\\s*\\d)";

const num = (s: string | undefined) => Number(s);

function dayOf(y: number, m: number | undefined, d: number): RuleResult {
  if (m === undefined || !isValidDay({ y, m, d })) return null;
  return final(day({ y, m, d }));
}

export const ABSOLUTE_RULES: DateRule[] = [
  {
    name: "zh-day",
    re: new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(?:日|号)${ZH_DAY_RANGE}`, "gu"),
    build: (m) => dayOf(num(m[1]), num(m[2]), num(m[3])),
  },
  {
    name: "en-de-day-month-year",
    re: new RegExp(
      `(?<![\\p{L}\\p{N}.])(\\d{1,2})(?:${ORD}${RANGE_EN}(?:\\s+of)?|\\.${RANGE_DE})\\s+${MONTH},?\\s+${YEAR}(?!\\d)`,
      "gu",
    ),
    build: (m) => dayOf(num(m[3]), monthNumber(m[2]!), num(m[1])),
  },
  {
    name: "en-month-day-year",
    re: new RegExp(`${MONTH}\\s+(\\d{1,2})${ORD}(?:\\s*(?:-|–|—)\\s*\\d{1,2})?,?\\s+${YEAR}(?!\\d)`, "gu"),
    build: (m) => dayOf(num(m[3]), monthNumber(m[1]!), num(m[2])),
  },
  {
    name: "dotted",
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}(?!\\d)`, "gu"),
    build: (m) => dayOf(num(m[3]), num(m[2]), num(m[1])),
  },
  {
    name: "iso",
    re: new RegExp(`(?<![\\d-])${YEAR}-(\\d{2})-(\\d{2})(?!\\d)`, "gu"),
    build: (m) => dayOf(num(m[1]), num(m[2]), num(m[3])),
  },
  {
    // "from 2019 to 2022", "2021–2025", "2026-2030年": a period, not an event; claimed so no year inside is dated.
    name: "year-range",
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:from|between|von|zwischen)\\s+)?${YEAR}\\s*(?:[-–—~/至到]|to|and|bis|und)\\s*${YEAR}(?!\\d)\\s*年?`,
      "giu",
    ),
    build: () => ({ kind: "skip" }),
  },
  {
    name: "en-quarter",
    re: new RegExp(
      `(?<![\\p{L}])(?:Q([1-4])\\s*(?:of\\s+)?${YEAR}|${YEAR}\\s*Q([1-4])(?![\\p{L}\\p{N}])|${QUARTER_ORDINAL_EN}\\s+quarter\\s+(?:of\\s+)?(?:the\\s+year\\s+)?${YEAR})`,
      "giu",
    ),
    build: (m) => {
      if (m[1]) return final(quarter(num(m[2]), num(m[1])));
      if (m[3]) return final(quarter(num(m[3]), num(m[4])));
      return final(quarter(num(m[6]), quarterNumber(m[5]!) ?? 0));
    },
  },
  {
    name: "de-quarter",
    re: new RegExp(`(?<![\\p{L}])${QUARTER_ORDINAL_DE}\\s*Quartals?\\s+(?:des\\s+Jahres\\s+)?${YEAR}`, "giu"),
    build: (m) => final(quarter(num(m[2]), quarterNumber(m[1]!) ?? 0)),
  },
  {
    name: "zh-quarter",
    re: new RegExp(`${YEAR}\\s*年\\s*(?:第?([一二三四1-4])季度|Q([1-4]))`, "gu"),
    build: (m) => final(quarter(num(m[1]), zhNumber(m[2] ?? m[3]!) ?? 0)),
  },
  {
    name: "year-end",
    re: new RegExp(
      `(?<![\\p{L}])(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+year\\s+)?|late[-\\s]|year-end\\s+|Ende\\s+(?:des\\s+Jahres\\s+)?|Jahresende\\s+)${YEAR}${NOT_RANGE_AFTER}|${YEAR}\\s*年(?:年底|年末|底|末)`,
      "giu",
    ),
    build: (m) => final(quarter(num(m[1] ?? m[2]), 4)),
  },
  {
    name: "year-start",
    re: new RegExp(
      `(?<![\\p{L}])(?:early[-\\s]|(?:the\\s+)?(?:beginning|start)\\s+of\\s+|Anfang\\s+(?:des\\s+Jahres\\s+)?|Jahresbeginn\\s+)${YEAR}${NOT_RANGE_AFTER}|${YEAR}\\s*年(?:年初|初)`,
      "giu",
    ),
    build: (m) => final(quarter(num(m[1] ?? m[2]), 1)),
  },
  {
    name: "month-year",
    re: new RegExp(`(?:(?:early|mid|late|Anfang|Mitte|Ende)[-\\s]+)?${MONTH},?\\s+${YEAR}(?!\\d)`, "gu"),
    build: (m) => {
      const mo = monthNumber(m[1]!);
      return mo === undefined ? null : final(month(num(m[2]), mo));
    },
  },
  {
    name: "zh-month-year",
    re: new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月(?:份)?(?!\\d)`, "gu"),
    build: (m) => (num(m[2]) >= 1 && num(m[2]) <= 12 ? final(month(num(m[1]), num(m[2]))) : null),
  },
  {
    name: "year-in-context",
    re: new RegExp(
      `(?<![\\p{L}])(?:in|by|since|from|until|through|throughout|during|before|after|for|mid-?|the\\s+year|im\\s+Jahre?|in\\s+den\\s+Jahren|bis(?:\\s+zum\\s+Jahr)?|seit|ab|vor|nach|für|Mitte)\\s*${YEAR}${NOT_RANGE_AFTER}`,
      "giu",
    ),
    build: (m) => final(year(num(m[1]))),
  },
  {
    name: "zh-year",
    re: new RegExp(`(?<![\\d\\-–—~至到])${YEAR}\\s*年(?![\\d月度底末初第])(?!\\s*[-–—~至到])`, "gu"),
    build: (m) => final(year(num(m[1]))),
  },
];

/** Last resort: a bare year ("Das Zentrum wurde 2019 eröffnet"), once every other pattern has had its turn. */
export const BARE_YEAR_RULE: DateRule = {
  name: "bare-year",
  re: new RegExp(
    `(?<![\\p{L}\\p{N}.,:/\\-–—$€¥£])${YEAR}(?![\\p{N}]|[.,]\\d|\\s*[-–—/]\\s*\\d|\\s*(?:%|per\\s?cent|percent|Prozent|MW|GW|km|Tbps))`,
    "giu",
  ),
  build: (m) => final(year(num(m[1]))),
};
