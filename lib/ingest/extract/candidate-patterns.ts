// What a named programme, centre, plan, agreement, association or cable looks like in each language.

const EN_HEADS =
  "Centre|Center|Plan|Programme|Program|Partnership|Agreement|Association|Initiative|Cable|Forum|Dialogue|Summit|Alliance|Platform|Hub|Corridor|Expo|Roundtable|Declaration|Protocol|Framework|Project";
const EN_WORD = "[\\p{Lu}0-9][\\p{L}0-9'’.]*";
const EN_LINK = "(?:of|on|for|and|the|in|to|&)";
const GAP = "[ \\t]*[-‐‑–—][ \\t]*|[ \\t]+";

/** Capitalised phrase ending in a head noun: "Lancang-Mekong Digital Innovation Centre". */
export const EN_CANDIDATE = new RegExp(
  `(?<![\\p{L}0-9])${EN_WORD}(?:(?:${GAP})(?:${EN_WORD}|${EN_LINK}))*?(?:${GAP})(?:${EN_HEADS})s?(?![\\p{L}])`,
  "gu",
);

/** Leading words that open a sentence or clause rather than a name. */
// prettier-ignore
export const EN_LEADING_NOISE = new Set([
  "the", "a", "an", "under", "in", "at", "on", "with", "by", "during", "through", "and", "but", "this", "that", "these",
  "both", "its", "their", "our", "new", "last", "next", "annual", "first", "second", "third", "fourth", "fifth", "of",
  "for", "to", "as", "after", "before", "while", "since", "meanwhile", "also", "&", "where", "when", "at", "from",
]);

const DE_HEADS =
  "zentrum|zentren|plan|verband|abkommen|partnerschaft|forum|initiative|programm|dialog|kabel|allianz|gipfel|plattform|netzwerk|erklärung|protokoll|korridor";
const DE_INFLECTION = "(?:s|es|e|en|n)?";

/** German compounds, optionally with a hyphenated prefix and a "für …" complement. */
export const DE_CANDIDATE = new RegExp(
  `(?<![\\p{L}])(?:([\\p{Ll}]+(?:e|en|er|es)[ \\t]+))?((?:[\\p{Lu}0-9][\\p{L}0-9]*-)*[\\p{Lu}][\\p{Ll}]*(?:${DE_HEADS})${DE_INFLECTION})(?![\\p{L}])((?:[ \\t]+(?:für|zur|zum|über)[ \\t]+(?:(?:den|die|das|der|dem)[ \\t]+)?(?:[\\p{Ll}]+(?:e|en|er|es)[ \\t]+){0,2}[\\p{Lu}][\\p{L}-]*))?`,
  "gu",
);

/** German adjectives of place that belong to a name ("asiatischer Unterseekabelverband"). */
export const DE_PLACE_ADJECTIVE =
  /^(?:asiatisch|südostasiatisch|ostasiatisch|chinesisch|thailändisch|vietnamesisch|laotisch|kambodschanisch|indonesisch|malaysisch|philippinisch|singapurisch|myanmarisch|regional|international|grenzüberschreitend)/u;

/** A German compound is a name only with a proper-noun prefix ("China-ASEAN-…"); bare "Aktionsplan" is generic. */
export const DE_PROPER_PREFIX =
  /^(?:[A-Z0-9]{2,}|China|Asien|Mekong|Lancang|Guangxi|Nanning|Yunnan|Südostasien|Thailand|Vietnam|Laos|Kambodscha|Malaysia|Singapur|Indonesien|Myanmar|Philippinen|Brunei)-/u;

// prettier-ignore
export const ZH_HEADS = [
  "合作伙伴关系", "行动计划", "圆桌会议", "议定书", "博览会", "中心", "计划", "协会", "协定", "倡议", "论坛", "光缆", "海缆", "联盟", "峰会", "对话", "平台", "信息港",
  "走廊", "会议", "框架", "项目",
];

/** A Chinese name starts at one of these: the parties or places that programmes are named after. */
// prettier-ignore
export const ZH_ANCHORS = [
  "中国", "东盟", "亚洲", "澜湄", "澜沧江", "湄公河", "中老", "中泰", "中越", "中柬", "中缅", "中马", "中新", "中菲", "中印尼", "广西", "南宁", "云南", "昆明",
  "海南", "深圳", "丝路", "老挝", "泰国", "越南", "柬埔寨", "缅甸", "马来西亚", "新加坡", "菲律宾", "印尼", "印度尼西亚", "文莱", "东帝汶",
];

/** Where walking back from a head stops: punctuation, function words and the verbs that introduce names. */
// prettier-ignore
export const ZH_STOPS = [
  "，", "。", "、", "；", "：", "“", "”", "《", "》", "（", "）", "(", ")", "「", "」", " ", "\n", "的", "在", "与", "和", "将", "于",
  "是", "为", "了", "对", "把", "被", "由", "及", "等", "并", "以", "向", "从", "就", "也", "都", "还", "已", "正", "拟", "建设", "建立", "成立",
  "启动", "推动", "签署", "设立", "举办", "召开", "发布", "提出", "加快", "深化", "打造", "共建", "参加", "出席", "包括", "通过", "依托", "围绕", "举行",
  "宣布", "落地", "揭牌",
];
