// Traditional Chinese read as Simplified: Hong Kong, Taiwan and Macau outlets ("大陸與東協簽署自貿區3.0升級版議定書")
// report the region too, and every Han lexicon here (countries, domains, actors, initiative names) is Simplified.
// OpenCC's Traditional→Simplified tables map one character to one, so the folded text keeps every offset of the
// original: extractors scan the folded copy and quote the article as written.
import * as OpenCC from "opencc-js";

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const HAN = /\p{Script=Han}/gu;

/** A text is read as Traditional when enough of its Han characters change (a Simplified text's few do not count). */
const MIN_CHANGED = 3;
const MIN_CHANGED_SHARE = 0.03;

/**
 * Taiwan's and Hong Kong's words for what the lexicons name in the Mainland's (東協 for ASEAN, 資料中心 for data
 * centre, 數位 for digital): each replaced by a word of the same length, after folding, so offsets still hold. Only
 * in a text read as Traditional (in Simplified, 数位专家 is "several experts"), except 东协, which is unambiguous and
 * also written by Malaysia's Simplified-Chinese press.
 */
const REGIONAL_WORDS: [string, string][] = [
  ["东协", "东盟"],
  ["资料中心", "数据中心"],
  ["人工智慧", "人工智能"],
  ["数位", "数字"],
  ["网路", "网络"],
  ["行动支付", "移动支付"],
  ["寮国", "老挝"],
];
const REGIONAL_RE = new RegExp(REGIONAL_WORDS.map(([from]) => from).join("|"), "gu");
const ANYWHERE_RE = /东协/gu;
const REGIONAL = new Map(REGIONAL_WORDS);

/** The text with Traditional characters folded to Simplified ones, same length; Simplified or non-Chinese text as is. */
export function foldTraditional(text: string): string {
  const han = text.match(HAN);
  if (!han) return text;
  const simplified = toSimplified(text);
  // OpenCC's phrase tables could in principle change a length; offsets matter more than one more match.
  if (simplified.length !== text.length) return text;
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== simplified[i]) changed++;
  const traditional = changed >= MIN_CHANGED && changed >= han.length * MIN_CHANGED_SHARE;
  const regional = (word: string) => REGIONAL.get(word)!;
  return traditional ? simplified.replace(REGIONAL_RE, regional) : text.replace(ANYWHERE_RE, regional);
}
