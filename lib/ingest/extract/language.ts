// Article language as ISO 639-1. franc speaks ISO 639-3; we restrict it to languages this tracker meets, which
// keeps short English texts from being read as Scots or Frisian.
import { franc } from "franc";

const ISO_639_1: Record<string, string> = {
  eng: "en",
  deu: "de",
  cmn: "zh",
  vie: "vi",
  tha: "th",
  ind: "id",
  zlm: "ms",
  tgl: "tl",
  khm: "km",
  lao: "lo",
  mya: "my",
  fra: "fr",
  spa: "es",
  por: "pt",
  ita: "it",
  nld: "nl",
  rus: "ru",
  jpn: "ja",
  kor: "ko",
};
const CANDIDATES = Object.keys(ISO_639_1);
/** Share of Han among letters above which a text is Chinese whatever franc's trigrams say. */
const HAN_SHARE = 0.2;

export function normaliseLanguageTag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/u)[0] ?? "und";
}

export function detectLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return "und";
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han / letters >= HAN_SHARE) return "zh";
  const sample = text.replace(/\s+/gu, " ").trim();
  return ISO_639_1[franc(sample, { only: CANDIDATES })] ?? "und";
}
