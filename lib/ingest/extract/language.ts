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

// franc's trigrams barely separate Malay from Indonesian (one language, two standards); their spelling and word
// choices do. Counted only when franc has already said one of the two.
const MALAY_MARKERS =
  /(?<!\p{L})(?:kerana|kerajaan|daripada|pelaburan|beliau|iaitu|ialah|bahawa|sahaja|mahu|syarikat|menerusi|selepas|maklumat|ringgit|Mac|Ogos|Julai|Disember)(?!\p{L})/gu;
const INDONESIAN_MARKERS =
  /(?<!\p{L})(?:karena|pemerintah|bahwa|saja|yaitu|adalah|perusahaan|melalui|setelah|informasi|rupiah|Tiongkok|Maret|Agustus|Juli|Desember)(?!\p{L})/gu;

function malayOrIndonesian(text: string, guess: "id" | "ms"): "id" | "ms" {
  const ms = text.match(MALAY_MARKERS)?.length ?? 0;
  const id = text.match(INDONESIAN_MARKERS)?.length ?? 0;
  return ms === id ? guess : ms > id ? "ms" : "id";
}

export function normaliseLanguageTag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/u)[0] ?? "und";
}

export function detectLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return "und";
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han / letters >= HAN_SHARE) return "zh";
  const sample = text.replace(/\s+/gu, " ").trim();
  const language = ISO_639_1[franc(sample, { only: CANDIDATES })] ?? "und";
  return language === "id" || language === "ms" ? malayOrIndonesian(sample, language) : language;
}
