// China and the ASEAN members (ISO 3166-1 alpha-2). Timor-Leste joined ASEAN on 26 Oct 2025.
export const COUNTRY_CODES = ["CN", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

export type CountryInfo = {
  nameEn: string;
  nameZh: string;
  nameDe: string;
  /** Other spellings and official long forms, in any language, used for search and extraction. */
  variants: string[];
  aseanMemberSince: string | null;
};

export const COUNTRY_INFO: Record<CountryCode, CountryInfo> = {
  CN: { nameEn: "China", nameZh: "中国", nameDe: "China", variants: ["People's Republic of China", "PRC", "Volksrepublik China", "中华人民共和国"], aseanMemberSince: null },
  BN: { nameEn: "Brunei", nameZh: "文莱", nameDe: "Brunei", variants: ["Brunei Darussalam", "文莱达鲁萨兰国"], aseanMemberSince: "1984-01-07" },
  KH: { nameEn: "Cambodia", nameZh: "柬埔寨", nameDe: "Kambodscha", variants: ["Kingdom of Cambodia", "Königreich Kambodscha", "柬埔寨王国"], aseanMemberSince: "1999-04-30" },
  ID: { nameEn: "Indonesia", nameZh: "印度尼西亚", nameDe: "Indonesien", variants: ["Republic of Indonesia", "印尼"], aseanMemberSince: "1967-08-08" },
  LA: { nameEn: "Laos", nameZh: "老挝", nameDe: "Laos", variants: ["Lao PDR", "Lao People's Democratic Republic", "Demokratische Volksrepublik Laos", "老挝人民民主共和国"], aseanMemberSince: "1997-07-23" },
  MY: { nameEn: "Malaysia", nameZh: "马来西亚", nameDe: "Malaysia", variants: ["大马"], aseanMemberSince: "1967-08-08" },
  MM: { nameEn: "Myanmar", nameZh: "缅甸", nameDe: "Myanmar", variants: ["Burma", "Birma", "Republic of the Union of Myanmar"], aseanMemberSince: "1997-07-23" },
  PH: { nameEn: "Philippines", nameZh: "菲律宾", nameDe: "Philippinen", variants: ["Republic of the Philippines", "the Philippines"], aseanMemberSince: "1967-08-08" },
  SG: { nameEn: "Singapore", nameZh: "新加坡", nameDe: "Singapur", variants: ["Republic of Singapore"], aseanMemberSince: "1967-08-08" },
  TH: { nameEn: "Thailand", nameZh: "泰国", nameDe: "Thailand", variants: ["Kingdom of Thailand", "Königreich Thailand", "泰王国"], aseanMemberSince: "1967-08-08" },
  VN: { nameEn: "Vietnam", nameZh: "越南", nameDe: "Vietnam", variants: ["Viet Nam", "Socialist Republic of Viet Nam", "Sozialistische Republik Vietnam", "越南社会主义共和国"], aseanMemberSince: "1995-07-28" },
  TL: { nameEn: "Timor-Leste", nameZh: "东帝汶", nameDe: "Osttimor", variants: ["East Timor", "Timor Leste", "Democratic Republic of Timor-Leste", "Timor-Leste (Osttimor)"], aseanMemberSince: "2025-10-26" },
};

export const COUNTRY_ROLES = ["party", "host", "landing", "partner", "beneficiary"] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

export function isCountryCode(value: string): value is CountryCode {
  return (COUNTRY_CODES as readonly string[]).includes(value);
}
