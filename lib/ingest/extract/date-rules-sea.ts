// Dates in Vietnamese ("ngày 24 tháng 5 năm 2026", "tháng 5/2026", "quý III/2025"), Lao, Khmer, Burmese and Thai
// ("24 พฤษภาคม 2569", "๒๔ พ.ค. ๖๙": Buddhist-era years, full or abbreviated month names; Thai, Lao, Khmer and Burmese
// digits are folded to ASCII by dates.ts before any rule runs), plus the year-context words of Indonesian, Malay,
// Filipino and Vietnamese. Indonesian, Malay and Filipino day/month forms ("24 Mei 2026", "Mayo 24, 2026") reuse the
// English rules through the month names in date-lexicon.ts.
import { day, isValidDay, month, quarter, year } from "./date-calendar";
import { YEAR } from "./date-lexicon";
import { final, partial, type DateRule, type RuleResult } from "./date-rule";
import { escapeRegExp } from "./normalise";

// prettier-ignore
const TH_MONTHS = [
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน",
  "ธันวาคม",
];
// prettier-ignore
const TH_ABBREVIATIONS = [
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
];
/** A capturing alternation of names, longest first. */
const alternation = (names: string[]) => `(${[...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})`;
const TH_MONTH = alternation([...TH_MONTHS, ...TH_ABBREVIATIONS]);

function thaiMonth(name: string): number {
  const full = TH_MONTHS.indexOf(name);
  return (full === -1 ? TH_ABBREVIATIONS.indexOf(name) : full) + 1;
}

/** "พ.ศ." marks the Buddhist era (CE + 543), "ค.ศ." the common era; unmarked 25xx years are BE, 19xx/20xx CE. */
const TH_ERA = "(?:(พ\\.ศ\\.|พ\\.ศ|ค\\.ศ\\.|ค\\.ศ)\\s*)?";
const TH_YEAR = `${TH_ERA}(\\d{4}|\\d{2})(?!\\d)`;

function thaiYear(era: string | undefined, digits: string): number | null {
  const n = Number(digits);
  if (digits.length === 2) return era?.startsWith("ค") ? null : 2500 + n - 543;
  if (era?.startsWith("ค")) return n;
  if (n >= 2400 && n < 2700) return n - 543;
  return n >= 1900 && n < 2100 ? n : null;
}

// Lao ("ວັນທີ 24 ພຶດສະພາ 2026"), Khmer ("ថ្ងៃទី២៤ ខែឧសភា ឆ្នាំ២០២៦") and Burmese ("၂၀၂၆ ခုနှစ် မေလ ၂၄ ရက်") month names;
// their digits are folded like Thai ones. Only common-era years: these calendars' Buddhist eras are not read.
// prettier-ignore
const LO_MONTHS = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"];
// prettier-ignore
const KM_MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];
// prettier-ignore
const MY_MONTHS = [
  ["ဇန်နဝါရီ"], ["ဖေဖော်ဝါရီ"], ["မတ်"], ["ဧပြီ"], ["မေ"], ["ဇွန်"], ["ဇူလိုင်"], ["ဩဂုတ်", "သြဂုတ်"], ["စက်တင်ဘာ"], ["အောက်တိုဘာ"],
  ["နိုဝင်ဘာ"], ["ဒီဇင်ဘာ"],
];
const LO_MONTH = alternation(LO_MONTHS);
const KM_MONTH = alternation(KM_MONTHS);
const MY_MONTH = alternation(MY_MONTHS.flat());
const indexIn = (names: string[]) => (name: string) => names.indexOf(name) + 1;
const laoMonth = indexIn(LO_MONTHS);
const khmerMonth = indexIn(KM_MONTHS);
const burmeseMonth = (name: string) => MY_MONTHS.findIndex((names) => names.includes(name)) + 1;
const CE_YEAR = `${YEAR}(?!\\d)`;

/** "ngày 14/1", and the parts of the day news uses in its place: "chiều 14/1" is the afternoon of 14 January. */
const VI_DAY = "(?<!\\p{L})(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)";

/**
 * Indonesian and Malay news dates the day by its weekday and a day-first number in brackets: "Selasa (25/03/2025)",
 * "Kamis (11/9/2025)", "kata Meutya, Selasa, (25/03)".
 */
const ID_WEEKDAY =
  "(?<!\\p{L})(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Isnin|Khamis)\\s*,?\\s*\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})";

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const num = (s: string | undefined) => Number(s);

function dayOf(y: number | null, m: number, d: number): RuleResult {
  if (y === null || !isValidDay({ y, m, d })) return null;
  return final(day({ y, m, d }));
}
const monthOf = (y: number | null, m: number): RuleResult =>
  y === null || m < 1 || m > 12 ? null : final(month(y, m));

export const SEA_ABSOLUTE_RULES: DateRule[] = [
  {
    name: "vi-day",
    re: new RegExp(
      `${VI_DAY}\\s+(\\d{1,2})(?:\\s*(?:-|–|và)\\s*\\d{1,2})?(?:\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+|\\s*[/,]\\s*)|\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*)${YEAR}(?!\\d)`,
      "giu",
    ),
    build: (m) => dayOf(num(m[4]), num(m[2] ?? m[3]), num(m[1])),
  },
  {
    name: "id-weekday-day",
    re: new RegExp(`${ID_WEEKDAY}\\s*/\\s*${YEAR}\\s*\\)`, "giu"),
    build: (m) => dayOf(num(m[3]), num(m[2]), num(m[1])),
  },
  {
    name: "vi-quarter",
    re: new RegExp(`(?<!\\p{L})quý\\s+(I{1,3}|IV|[1-4])(?:\\s+năm\\s+|\\s*/\\s*)${YEAR}(?!\\d)`, "giu"),
    build: (m) => final(quarter(num(m[2]), ROMAN[m[1]!.toUpperCase()] ?? num(m[1]))),
  },
  {
    name: "vi-month",
    re: new RegExp(`(?<!\\p{L})tháng\\s+(\\d{1,2})(?:\\s+năm\\s+|\\s*[/,]\\s*)${YEAR}(?!\\d)`, "giu"),
    build: (m) => monthOf(num(m[2]), num(m[1])),
  },
  {
    name: "th-day",
    re: new RegExp(`(\\d{1,2})\\s*${TH_MONTH}\\s*${TH_YEAR}`, "gu"),
    build: (m) => dayOf(thaiYear(m[3], m[4]!), thaiMonth(m[2]!), num(m[1])),
  },
  {
    name: "th-month",
    re: new RegExp(`${TH_MONTH}\\s*${TH_YEAR}`, "gu"),
    build: (m) => monthOf(thaiYear(m[2], m[3]!), thaiMonth(m[1]!)),
  },
  {
    name: "lo-day",
    re: new RegExp(`(\\d{1,2})\\s*(?:ເດືອນ\\s*)?${LO_MONTH}\\s*(?:ປີ\\s*|ຄ\\.ສ\\.?\\s*)?${CE_YEAR}`, "gu"),
    build: (m) => dayOf(num(m[3]), laoMonth(m[2]!), num(m[1])),
  },
  {
    name: "lo-month",
    re: new RegExp(`${LO_MONTH}\\s*(?:ປີ\\s*|ຄ\\.ສ\\.?\\s*)?${CE_YEAR}`, "gu"),
    build: (m) => monthOf(num(m[2]), laoMonth(m[1]!)),
  },
  {
    name: "km-day",
    re: new RegExp(`(\\d{1,2})\\s*ខែ\\s*${KM_MONTH}\\s*(?:ឆ្នាំ\\s*)?${CE_YEAR}`, "gu"),
    build: (m) => dayOf(num(m[3]), khmerMonth(m[2]!), num(m[1])),
  },
  {
    name: "km-month",
    re: new RegExp(`ខែ\\s*${KM_MONTH}\\s*(?:ឆ្នាំ\\s*)?${CE_YEAR}`, "gu"),
    build: (m) => monthOf(num(m[2]), khmerMonth(m[1]!)),
  },
  {
    name: "my-day",
    re: new RegExp(`${CE_YEAR}\\s*(?:ခုနှစ်)?\\s*[၊,]?\\s*${MY_MONTH}\\s*(?:လ)?\\s*(\\d{1,2})\\s*ရက်`, "gu"),
    build: (m) => dayOf(num(m[1]), burmeseMonth(m[2]!), num(m[3])),
  },
  {
    name: "my-month",
    re: new RegExp(`${CE_YEAR}\\s*(?:ခုနှစ်)?\\s*[၊,]?\\s*${MY_MONTH}\\s*လ`, "gu"),
    build: (m) => monthOf(num(m[1]), burmeseMonth(m[2]!)),
  },
  {
    name: "th-year",
    re: /(?:ปี|พ\.ศ\.|ค\.ศ\.)\s*(?:(พ\.ศ\.|ค\.ศ\.)\s*)?(\d{4})(?!\d)/gu,
    build: (m) => {
      const era = m[1] ?? (m[0].startsWith("ค") ? "ค.ศ." : m[0].startsWith("พ") ? "พ.ศ." : undefined);
      const y = thaiYear(era, m[2]!);
      return y === null ? null : final(year(y));
    },
  },
];

/** Year-context words ("năm 2026", "pada tahun 2026", "noong 2018"); after the English rules, before bare years. */
export const SEA_YEAR_RULE: DateRule = {
  name: "sea-year-in-context",
  re: new RegExp(
    `(?<!\\p{L})(?:năm|từ|đến|trước|sau|tahun|pada|sejak|hingga|sampai|menjelang|noong|ngayong|bago|mula|hanggang)\\s+${YEAR}(?![\\d\\-–—/]|\\s*[-–—]\\s*\\d)`,
    "giu",
  ),
  build: (m) => final(year(num(m[1]))),
};

export const SEA_PARTIAL_RULES: DateRule[] = [
  {
    name: "vi-yearless-day",
    // "ngày 2-12" as often as "ngày 2/12"; not a day range ("ngày 2-3 tháng 12") or a full date ("ngày 2-12-2025").
    re: new RegExp(`${VI_DAY}\\s+(\\d{1,2})(?:\\s+tháng\\s+|\\s*[/.-]\\s*)(\\d{1,2})(?![\\d/-]|\\.\\d|\\s*tháng)`, "giu"),
    build: (m) => partial(num(m[2]), num(m[1])),
  },
  {
    name: "id-weekday-yearless-day",
    re: new RegExp(`${ID_WEEKDAY}\\s*\\)`, "giu"),
    build: (m) => partial(num(m[2]), num(m[1])),
  },
  {
    name: "vi-yearless-month",
    re: /(?<!\p{L})tháng\s+(\d{1,2})(?![\d/])/giu,
    build: (m) => partial(num(m[1]), null),
  },
  {
    name: "th-yearless-day",
    re: new RegExp(`(\\d{1,2})\\s*${TH_MONTH}`, "gu"),
    build: (m) => partial(thaiMonth(m[2]!), num(m[1])),
  },
];

/** Thai, Lao, Khmer and Myanmar digits to ASCII, one character for one, so offsets into the text stay valid. */
export function foldDigits(text: string): string {
  return text.replace(/[๐-๙໐-໙០-៩၀-၉]/gu, (d) => {
    const code = d.charCodeAt(0);
    for (const zero of [0x0e50, 0x0ed0, 0x17e0, 0x1040])
      if (code >= zero && code <= zero + 9) return String(code - zero);
    return d;
  });
}
