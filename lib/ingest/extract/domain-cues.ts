// Words that make a sentence report an action, plan or measurable activity ("agreed to", "will", "signed", "rose",
// "将", "签署", "vereinbart"). A domain named in such a sentence is what happens; one named elsewhere is more often
// background ("demand driven by AI workloads") or opinion ("critics worry about data protection").

// prettier-ignore
const PLANS = [
  "will", "shall", "plans?", "planned", "aims?", "intends?", "expected to", "scheduled", "agreed?", "agreement", "pledged?",
  "committed", "wird", "werden", "soll", "sollen", "plant", "planen", "geplant", "vereinbart(?:en)?", "beschlossen", "zugesagt",
];

// prettier-ignore
const ACTIONS = [
  "signed", "signs?", "launch(?:ed|es)?", "open(?:ed|s)?", "unveiled", "inaugurated", "built", "builds?", "propos(?:e|ed|es|al)",
  "host(?:s|ed)?", "deploy(?:ed|s)?", "expand(?:ed|s)?", "connect(?:ed|s)?", "complet(?:ed|es)", "establish(?:ed|es)?", "set up",
  "invest(?:ed|s)?", "train(?:ed|s)?", "cooperat(?:e|ed|es|ion)", "partner(?:ed|s)?", "showcased", "upgrad(?:ed|es|ing)", "guided",
  "entered", "unterzeichnet(?:en)?", "eröffnet(?:e|en)?", "baut", "bauen", "gebaut", "errichtet", "ausbauen", "ausgebaut",
  "kooperieren", "zusammenarbeiten", "nutzen", "genutzt", "gestartet", "geschult", "investiert", "verbindet", "fördern", "schlägt",
  "vorgeschlagen", "held", "promot(?:e|es|ed|ing)", "issued", "adopted", "enacted", "approved", "endorsed", "requires?",
  "draft(?:ed|ing)", "vorantreiben", "treibt", "erlassen", "verabschiedet", "verpflichtet",
];

// prettier-ignore
const ACTIVITY = ["rose", "risen", "grew", "grown", "increased", "surged", "doubled", "stieg", "gestiegen", "wuchs", "wächst", "gewachsen"];

// prettier-ignore
const HAN_CUES = [
  "将", "计划", "拟", "签署", "合作", "建设", "建成", "共建", "启动", "开通", "投产", "上线", "揭牌", "培训", "培养", "推动", "推进",
  "扩大", "提升", "部署", "举办", "发布", "成立", "设立", "打造", "深化", "增长", "达成", "同意", "决定", "提出", "倡议", "出台", "印发", "通过", "批准",
];

// Vietnamese, Indonesian, Malay and Filipino cues, matched at word boundaries like the English ones.
// prettier-ignore
const SEA_CUES = [
  "sẽ", "dự kiến", "kế hoạch", "ký", "ký kết", "thỏa thuận", "hợp tác", "triển khai", "khai trương", "khánh thành", "xây dựng",
  "thúc đẩy", "đầu tư", "ra mắt", "đưa vào", "vận hành", "thành lập", "tăng", "mở rộng", "kết nối", "tổ chức",
  "akan", "rencana", "menandatangani", "ditandatangani", "meluncurkan", "diluncurkan", "melancarkan", "membangun",
  "dibangun", "kerja\\s?sama", "bekerja\\s?sama", "meresmikan", "diresmikan", "berinvestasi", "investasi", "pelaburan",
  "melabur", "mengembangkan", "memperluas", "menghubungkan", "meningkat", "menjalin", "perjanjian", "nota kesepahaman",
  "memorandum", "kasunduan", "lumagda", "nilagdaan", "inilunsad", "ilulunsad", "itatayo", "magtatayo", "pakikipagtulungan",
];

// Thai, matched anywhere like the Chinese cues.
// prettier-ignore
const THAI_CUES = [
  "จะ", "ลงนาม", "ร่วมมือ", "ความร่วมมือ", "เปิดตัว", "ก่อตั้ง", "จัดตั้ง", "ลงทุน", "ก่อสร้าง", "สร้าง", "พัฒนา", "ส่งเสริม", "ขยาย",
  "เชื่อมต่อ", "ตั้งเป้า", "อนุมัติ", "เปิดให้บริการ", "ผลักดัน", "จัดงาน", "ประชุม", "เพิ่มขึ้น",
];

export const ACTION_CUE = new RegExp(
  `(?<![\\p{L}])(?:${[...PLANS, ...ACTIONS, ...ACTIVITY, ...SEA_CUES].join("|")})(?![\\p{L}])|${[...HAN_CUES, ...THAI_CUES].join("|")}`,
  "iu",
);
