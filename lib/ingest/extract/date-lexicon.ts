// Calendar words in English, German, Chinese, Indonesian, Malay and Filipino, and regex fragments built from them.
// Vietnamese and Thai dates have their own patterns (date-rules-sea.ts).

// prettier-ignore
const MONTHS_EN = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December",
];
// prettier-ignore
const MONTHS_DE = [
  "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
];
// prettier-ignore
const MONTHS_ID = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
  "Desember",
];
// Malay differs from Indonesian in March, June, July, August and December; "Mac" is case-sensitive like all names.
const MONTHS_MS: [string, number][] = [
  ["Mac", 3],
  ["Jun", 6],
  ["Julai", 7],
  ["Ogos", 8],
  ["Disember", 12],
];
// prettier-ignore
const MONTHS_TL = [
  "Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre",
  "Disyembre",
];
const ABBREVIATIONS: [string, number][] = [
  ["Jan", 1],
  ["Feb", 2],
  ["Mar", 3],
  ["Apr", 4],
  ["Jun", 6],
  ["Jul", 7],
  ["Aug", 8],
  ["Sep", 9],
  ["Sept", 9],
  ["Oct", 10],
  ["Okt", 10],
  ["Nov", 11],
  ["Dec", 12],
  ["Dez", 12],
  ["Jänner", 1],
];

const MONTH_NUMBER = new Map<string, number>([
  ...MONTHS_EN.map((m, i): [string, number] => [m, i + 1]),
  ...MONTHS_DE.map((m, i): [string, number] => [m, i + 1]),
  ...MONTHS_ID.map((m, i): [string, number] => [m, i + 1]),
  ...MONTHS_MS,
  ...MONTHS_TL.map((m, i): [string, number] => [m, i + 1]),
  ["Febrero", 2],
  ["Septiyembre", 9],
  ["Agt", 8],
  ["Agu", 8],
  ...ABBREVIATIONS,
]);

/** Month names are capitalised in both languages; matching case-sensitively keeps the modal "may" out. */
export const MONTH = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join("|")})(?:\\.(?=\\s))?`;

export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBER.get(name);
}

const WEEKDAYS: [string, number][] = [
  ["Sunday", 0],
  ["Monday", 1],
  ["Tuesday", 2],
  ["Wednesday", 3],
  ["Thursday", 4],
  ["Friday", 5],
  ["Saturday", 6],
  ["Sonntag", 0],
  ["Montag", 1],
  ["Dienstag", 2],
  ["Mittwoch", 3],
  ["Donnerstag", 4],
  ["Freitag", 5],
  ["Samstag", 6],
  ["Sonnabend", 6],
];
export const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join("|")})`;
export function weekdayNumber(name: string): number | undefined {
  return WEEKDAYS.find(([w]) => w === name)?.[1];
}

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0, 七: 0 };
/** 周二/星期二/礼拜二 → 2; 周日/星期天 → 0. */
export function zhWeekday(ch: string): number | undefined {
  return ZH_DIGITS[ch];
}
export function zhNumber(ch: string): number | undefined {
  return /^\d+$/u.test(ch) ? Number(ch) : ZH_DIGITS[ch];
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  erste: 1,
  zweite: 2,
  dritte: 3,
  vierte: 4,
  ersten: 1,
  zweiten: 2,
  dritten: 3,
  vierten: 4,
  "1.": 1,
  "2.": 2,
  "3.": 3,
  "4.": 4,
};
export const QUARTER_ORDINAL_EN = "(first|second|third|fourth|1st|2nd|3rd|4th)";
export const QUARTER_ORDINAL_DE = "(ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte|[1-4]\\.)";
export function quarterNumber(word: string): number | undefined {
  return ORDINALS[word.toLowerCase()];
}

/** Clauses about plans: a year-less date or bare weekday there lies ahead of the article date, not behind it. */
export const FUTURE_MARKERS =
  /\b(?:will|would|shall|plans?|planned|scheduled|upcoming|expected|to be held|wird|werden|würde|soll|sollen|geplant|plant|planen|voraussichtlich|akan|direncanakan|dijadwalkan|rencana|dirancang|gagawin|ilulunsad)\b|(?<!\p{L})(?:sẽ|dự kiến|kế hoạch)(?!\p{L})|将|计划|拟|即将|预计|将于|จะ|มีกำหนด|วางแผน/u;

export const YEAR = "((?:19|20)\\d{2})";
