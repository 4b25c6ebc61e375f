// Richer extraction terms than lib/vocabulary/countries.ts: adjectives, demonyms, genitives and abbreviations in
// English, German and Chinese, the names in Vietnamese, Indonesian, Malay, Filipino, Thai, French, Spanish, Portuguese,
// Italian, Japanese and Korean, and each member's capital (a Thai article from "กรุงเทพฯ" often never writes "ไทย";
// 万象 alone is also a common word, so 万象市).
// Latin entries are regex fragments matched case-insensitively at word boundaries.
import type { CountryCode } from "@/lib/vocabulary/countries";

const DE_ADJ = "(?:e[nmrs]?)?"; // chinesisch, chinesische, chinesischen, chinesischer, ...

// prettier-ignore
export const LATIN_TERMS: Record<CountryCode, string[]> = {
  CN: [
    "Trung\\s+Quốc", "Tiongkok", "Tionghoa", "Cina", "RRT", "RRC", "Tsina", "Chinas", "Chinese", "Chinesen", "Chinesin", `chinesisch${DE_ADJ}`, "Sino(?=[-‐‑–—])", "PRC", "Volksrepublik China",
    "Chine",
  ],
  BN: ["Bandar\\s+Seri\\s+Begawan", "Bru-?nây", "Brunei(?:s)?", "Bruneian(?:s)?", `bruneiisch${DE_ADJ}`],
  KH: ["Phnom\\s+Penh", "Phnôm\\s+Pênh", "Campuchia", "Kamboja", "Kemboja", "Kambodya", "Cambodia(?:n|ns)?", "Kambodscha(?:s)?", `kambodschanisch${DE_ADJ}`, "Cambodge", "Camboya", "Camboja", "Cambogia"],
  ID: ["Jakarta", "Gia-?các-?ta", "In-?đô-?nê-?xi-?a", "Indonesya", "Indonesia(?:n|ns)?", "Indonesien(?:s)?", `indonesisch${DE_ADJ}`, "Indonésie", "Indonésia"],
  LA: [
    "Laos",
    "Vientiane",
    "Viêng\\s+Chăn",
    "Lào",
    "Lao(?=\\s+(?:PDR|People|government|side|National|Telecom|capital|Ministry|Regierung|Seite))",
    "Laotian(?:s)?",
    `laotisch${DE_ADJ}`,
  ],
  MY: ["Kuala\\s+Lumpur", "Putrajaya", "Ma-?lai-?xi-?a", "Malaysia(?:n|ns|s)?", `malaysisch${DE_ADJ}`, "Malaisie", "Malasia", "Malásia", "Malesia"],
  MM: ["Yangon", "Nay\\s?Pyi\\s?Taw", "Naypyitaw", "Mi-?an-?ma", "Miyanmar", "Myanmar(?:s)?", "Burma", "Birma", "Burmese", `birmanisch${DE_ADJ}`, `myanmarisch${DE_ADJ}`, "Birmanie", "Birmania"],
  PH: ["Manila", "Ma-?ni-?la", "Phi-?líp-?pin", "Pilipinas", "Pilipino", "Philippines?", "Filipinos?", "Filipina", "Philippinen", `philippinisch${DE_ADJ}`, "Filipinas", "Filippine"],
  // Vietnamese writes the name by syllables, with or without the h: Xinh-ga-po, Xin-ga-po.
  SG: ["Xinh?-?ga-?po", "Singapura", "Singapore(?:an|ans)?", "Singapur(?:s)?", `singapurisch${DE_ADJ}`, "Singapour", "Cingapura"],
  TH: ["Bangkok", "Băng\\s+Cốc", "Thái\\s+Lan", "Taylandiya", "Thailand(?:s)?", "Thais?", `thailändisch${DE_ADJ}`, "Thaïlande", "Tailandia", "Tailândia"],
  VN: ["Hanoi", "Hà\\s+Nội", "Ha\\s+Noi", "Biyetnam", "Vietnam(?:s)?", "Viet\\s?Nam", "Việt\\s?Nam", "Vietnamese", `vietnamesisch${DE_ADJ}`, "Viêt[-\\s]?Nam", "Vietnã"],
  TL: ["Dili", "Đông\\s+Timor", "Timor[-‐‑–\\s]Leste", "East\\s+Timor", "Osttimor(?:s)?", "Timorese", `osttimoresisch${DE_ADJ}`],
};

/**
 * Thai, Lao, Khmer and Burmese put no spaces between words, so these match anywhere, like the Chinese ones (but not
 * when a vowel sign or coeng follows: Khmer ចិន "China" begins ចិន្តា "thought"; countries.ts). Lao ລາວ is also the
 * pronoun "he/she", so only its longer forms name Laos; Lao ໄທ alone is too short to trust.
 */
export const UNSPACED_TERMS: Record<CountryCode, string[]> = {
  CN: ["จีน", "ຈີນ", "ចិន", "တရုတ်", "တ႐ုတ္", "တရုတ္"],
  BN: ["บันดาร์เสรีเบกาวัน", "บรูไน", "ບຣູໄນ", "ព្រុយណេ", "ဘရူနိုင်း"],
  KH: ["พนมเปญ", "ភ្នំពេញ", "กัมพูชา", "ກຳປູເຈຍ", "កម្ពុជា", "ကမ္ဘောဒီးယား"],
  ID: ["จาการ์ตา", "อินโดนีเซีย", "ອິນໂດເນເຊຍ", "ឥណ្ឌូណេស៊ី", "အင်ဒိုနီးရှား"],
  LA: ["เวียงจันทน์", "ວຽງຈັນ", "ลาว", "ສປປ ລາວ", "ສປປລາວ", "ປະເທດລາວ", "ລາວ-ຈີນ", "ຈີນ-ລາວ", "ລາວຈີນ", "ຈີນລາວ", "ឡាវ", "လာအို"],
  MY: ["กัวลาลัมเปอร์", "มาเลเซีย", "ມາເລເຊຍ", "ម៉ាឡេស៊ី", "မလေးရှား"],
  // ျမန္မာ and တ႐ုတ္ (CN) are the Zawgyi spellings many Burmese sites still use.
  MM: ["ย่างกุ้ง", "เนปิดอว์", "ရန်ကုန်", "နေပြည်တော်", "เมียนมาร์", "เมียนมา", "พม่า", "ມຽນມາ", "មីយ៉ាន់ម៉ា", "ភូមា", "မြန်မာ", "ျမန္မာ"],
  PH: ["มะนิลา", "ฟิลิปปินส์", "ຟີລິບປິນ", "ហ្វីលីពីន", "ဖိလစ်ပိုင်"],
  SG: ["สิงคโปร์", "ສິງກະໂປ", "សិង្ហបុរី", "စင်ကာပူ"],
  TH: ["กรุงเทพ", "ไทย", "ປະເທດໄທ", "ថៃ", "ထိုင်း"],
  VN: ["ฮานอย", "เวียดนาม", "ຫວຽດນາມ", "វៀតណាម", "ဗီယက်နမ်"],
  TL: ["ติมอร์-เลสเต", "ติมอร์เลสเต", "ติมอร์ตะวันออก", "ຕີມໍ-ເລສເຕ", "ទីម័រខាងកើត", "ទីម័រ-លេស្តេ", "အရှေ့တီမော"],
};

/**
 * Japanese and Korean names (regex fragments matched anywhere: Korean glues particles to the noun, "중국과"). タイ must
 * not run on into a longer katakana word (タイトル, タイム). Japanese writes China 中国, as HAN_TERMS has it.
 */
export const KANA_HANGUL_TERMS: Record<CountryCode, string[]> = {
  CN: ["중국"],
  BN: ["ブルネイ", "브루나이"],
  KH: ["カンボジア", "캄보디아"],
  ID: ["インドネシア", "인도네시아"],
  LA: ["ラオス", "라오스"],
  MY: ["マレーシア", "말레이시아"],
  MM: ["ミャンマー", "미얀마"],
  PH: ["フィリピン", "필리핀"],
  SG: ["シンガポール", "싱가포르"],
  TH: ["タイ(?![\\u30A0-\\u30FF])", "태국"],
  VN: ["ベトナム", "베트남"],
  TL: ["東ティモール", "동티모르"],
};

/**
 * What names a country in an article without its name (extractCountries with `article`): national firms, operators
 * and agencies, and China's capital and the provinces and cities at the centre of its ASEAN ties. In this tracker a
 * Chinese firm is China's side of the cooperation (Huawei building a data centre in Jakarta is China–Indonesia), as a
 * Thai ministry is Thailand's. They are no country *names*: search reads queries with the names only ("Huawei" must
 * not mean "China"), and neither do descriptions (describe.ts) match on them.
 * Latin entries are case-sensitive (DICT, not "dict"); the others match anywhere.
 */
// prettier-ignore
export const IMPLIED_TERMS: Record<CountryCode, { latin: string[]; unspaced: string[] }> = {
  CN: {
    latin: [
      "Huawei", "ZTE", "Alibaba", "Aliyun", "Tencent", "ByteDance", "TikTok", "Baidu", "Hikvision", "Dahua", "Xiaomi",
      "iFlytek", "SenseTime", "DeepSeek", "Inspur", "ChinaTel",
      "Beijing", "Peking", "Pékin", "Bắc\\s+Kinh", "Guangxi", "Nanning", "Yunnan", "Kunming", "Shenzhen", "Guangzhou",
      "Shanghai", "Chongqing", "Quảng\\s+Tây", "Nam\\s+Ninh", "Vân\\s+Nam", "Côn\\s+Minh",
    ],
    unspaced: [
      "华为", "中兴通讯", "阿里巴巴", "阿里云", "腾讯", "字节跳动", "百度", "海康威视", "北京", "广西", "南宁", "云南", "昆明",
      "หัวเว่ย", "อาลีบาบา", "เทนเซ็นต์", "ไบต์แดนซ์", "ติ๊กต็อก", "ปักกิ่ง", "กว่างซี", "กวางสี", "หนานหนิง", "ยูนนาน", "คุนหมิง",
      "ファーウェイ", "アリババ", "화웨이", "알리바바", "베이징",
    ],
  },
  BN: { latin: [], unspaced: [] },
  KH: { latin: ["MPTC"], unspaced: [] },
  ID: { latin: ["Telkomsel", "Telin", "Indosat", "Kominfo", "Komdigi", "BSSN"], unspaced: [] },
  LA: { latin: [], unspaced: [] },
  MY: { latin: ["MCMC", "MDEC"], unspaced: [] },
  MM: { latin: [], unspaced: [] },
  PH: { latin: ["PLDT", "Globe Telecom", "DITO Telecommunity", "Smart Communications", "DICT"], unspaced: [] },
  SG: { latin: ["IMDA", "Singtel", "Infocomm Media Development Authority"], unspaced: [] },
  TH: {
    latin: ["GISTDA", "NBTC", "CAT Telecom", "Digital Economy Promotion Agency"],
    unspaced: [
      "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "กระทรวงการอุดมศึกษา", "สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ",
      "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล", "กสทช", "กสท", "ทีโอที", "โทรคมนาคมแห่งชาติ",
    ],
  },
  VN: { latin: ["Viettel", "VNPT", "MobiFone"], unspaced: [] },
  TL: { latin: [], unspaced: [] },
};

/** Place names that contain a country name without referring to the country. */
export const NOT_A_COUNTRY = /South\s+China\s+Sea|South\s+China\s+Morning\s+Post|Laut\s+China\s+Selatan|ทะเลจีนใต้/gu;

/** Chinese forms; "X方" is "the X side", the usual way Chinese news names a party. */
export const HAN_TERMS: Record<CountryCode, string[]> = {
  CN: ["中华人民共和国", "中国", "中方", "我国"],
  BN: ["斯里巴加湾", "文莱", "汶莱"],
  KH: ["金边", "柬埔寨", "柬方"],
  ID: ["雅加达", "印度尼西亚", "印尼"],
  LA: ["老挝", "万象市", "老方"],
  MY: ["吉隆坡", "布城", "马来西亚", "大马"],
  MM: ["仰光", "内比都", "缅甸", "缅方"],
  PH: ["马尼拉", "菲律宾", "菲方"],
  SG: ["新加坡"],
  TH: ["曼谷", "泰国", "泰方", "泰王国"],
  VN: ["河内", "越南", "越方"],
  TL: ["帝力", "东帝汶"],
};

/**
 * Bilateral abbreviations: "中泰合作" is China–Thailand. The partner character must not start the full name
 * ("其中泰国…" is "among them, Thailand") and must be followed by what such compounds usually precede.
 */
export const BILATERAL: { partner: string; code: CountryCode }[] = [
  { partner: "老", code: "LA" },
  { partner: "泰", code: "TH" },
  { partner: "越", code: "VN" },
  { partner: "柬", code: "KH" },
  { partner: "缅", code: "MM" },
  { partner: "菲", code: "PH" },
  { partner: "马", code: "MY" },
  { partner: "新", code: "SG" },
  { partner: "印尼", code: "ID" },
];

export const BILATERAL_FOLLOWERS =
  "两|双|合作|数字|铁路|友好|关系|经贸|边境|跨境|人工智能|信息|光缆|陆缆|科技|产业|电商|部长|联合|共同|建交|签署|之间|命运|[-—–]";
