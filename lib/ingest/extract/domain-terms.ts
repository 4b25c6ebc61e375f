// Multilingual terms for the 14 domains. Latin entries are regex fragments matched case-insensitively from a word
// start; `open` entries may continue into a German compound ("Unterseekabel|verband"), others must end at a word
// end. `cs` entries are case-sensitive acronyms. Han entries, and the Japanese and Korean ones kept with them, match
// anywhere (neither script marks word ends the Latin way: Korean glues particles to the word, "위성을"). A Japanese
// text may be read folded to Simplified (traditional.ts), so its kanji words stand in both forms (電子商取引, 电子商取引).
import type { DomainSlug } from "@/lib/vocabulary/domains";

export type DomainTerms = { latin: string[]; open?: string[]; cs?: string[]; han: string[] };

const DE_ADJ = "(?:e[nmrs]?)?";

// prettier-ignore
export const DOMAIN_TERMS: Record<DomainSlug, DomainTerms> = {
  "5g": { latin: ["fifth[-\\s]generation", "5G-A", "5\\.5G"], cs: ["5G"], han: ["第五代移动通信"] },
  ai: {
    latin: [
      "artificial intelligence", `künstlich${DE_ADJ}\\s+Intelligenz`, "machine learning", "maschinelle[ns]? Lernen",
      "large language models?", "generative AI", "AI-driven",
    ],
    cs: ["AI", "KI", "AIGC", "LLMs?"],
    han: ["人工智能", "大模型", "机器学习", "智能体", "人工知能", "인공지능"],
  },
  cloud: {
    latin: [
      "cloud computing", "cloud services?", "cloud regions?", "cloud platforms?", "cloud infrastructure",
      "sovereign cloud", "public cloud", "cloud",
    ],
    open: ["Cloud"],
    han: ["云计算", "云服务", "云平台", "云基础设施", "上云", "公有云", "私有云", "混合云", "主权云", "云区域", "云网", "云端"],
  },
  "data-centres": {
    latin: ["data[-\\s]?cent(?:er|re)s?", "datacent(?:er|re)s?", "hyperscale"],
    open: ["Rechenzent", "Datenzent"],
    han: ["数据中心", "算力中心", "智算中心"],
  },
  "computing-power": {
    latin: [
      "computing[-\\s]power", "compute capacity", "computing capacity", "computing capacities", "supercomputing",
      "high-performance computing", "Rechenleistung", "Rechenkapazität(?:en)?",
    ],
    open: ["Computing-Kapazität", "Computing-Leistung"],
    cs: ["HPC"],
    han: ["算力", "超算", "智算"],
  },
  "submarine-cables": {
    latin: [
      "submarine (?:fib(?:re|er)[-\\s]optic |optical )?cables?",
      "undersea (?:fib(?:re|er)[-\\s]optic |optical )?cables?",
      "subsea (?:fib(?:re|er)[-\\s]optic |optical )?cables?",
      "cable landing stations?",
      "landing stations?",
      "câbles? sous-marins?",
    ],
    open: ["Unterseekabel", "Unterwasserkabel", "Seekabel", "Anlandestation"],
    han: ["海底光缆", "海底电缆", "海缆", "登陆站", "海底ケーブル", "海底光ファイバー", "해저케이블", "해저 케이블"],
  },
  "terrestrial-cables": {
    latin: [
      "terrestrial (?:optical |fib(?:re|er)[-\\s]optic |fib(?:re|er) )?(?:cables?|links?|routes?)",
      "cross-border (?:optical|fib(?:re|er)[-\\s]optic|fib(?:re|er)|land) (?:cables?|links?|routes?)", "land cables?",
      `terrestrisch${DE_ADJ}\\s+(?:optisch${DE_ADJ}\\s+)?(?:Kabeln?|Glasfaser\\p{L}*)`,
      `grenzüberschreitend${DE_ADJ}\\s+(?:optisch${DE_ADJ}\\s+)?(?:Glasfaser)?[Kk]abeln?`, "Landkabeln?",
    ],
    han: ["陆缆", "陆地光缆", "跨境光缆", "跨境陆缆", "国际陆缆"],
  },
  iot: {
    latin: [
      "Internet of Things", "Internet der Dinge", "industrial internet", "industrielles Internet", "connected devices",
      "sensor networks?",
    ],
    cs: ["IoT", "IIoT"],
    han: ["物联网", "工业互联网"],
  },
  "digital-skills": {
    latin: [
      "digital skills?",
      "digital talents?",
      "talent (?:training|development|cultivation)",
      "training programm?e?s?", "training courses?", "training (?:cent(?:er|re)s?|materials?)",
      "vocational (?:training|education|schools?|colleges?)", "(?:ICT|IT|information technology) (?:skills|training)",
      "(?:digital|distance) (?:education|learning)", "Lu ?Ban Workshops?",
      "skills training",
      `digital${DE_ADJ}\\s+(?:Fähigkeiten|Kompetenzen)`,
      "Fachkräfte(?:n)?",
      "Talente(?:n)?",
      "Ausbildung",
      "Weiterbildung",
      "Qualifizierung",
      "Schulung(?:en)?",
      "geschult",
      "schulen",
      "ausgebildet",
      "ausbilden",
      "Stipendien",
      "scholarships?",
      "workforce",
      // "train 1,000 AI engineers", "trained more than 300 Lao technicians": training people, not AI models.
      "train(?:s|ed|ing)?\\s+(?:(?:a further|more than|over|about|nearly|up to|some)\\s+)?[\\d,.]*\\s*(?:[\\p{L}-]+\\s+){0,2}(?:engineers|technicians|officials|officers|professionals|students|experts|staff|workers|personnel|talents?|people|teachers|managers|specialists)",
    ],
    // Not "capacity building" (能力建设): in the region's cooperation texts it is a stock phrase for any field
    // ("space capacity building"), rarely about skills.
    han: ["数字人才", "人才培养", "人才", "培训", "技能", "研修", "职业教育", "职教", "数字教育", "鲁班工坊"],
  },
  "digital-trade": {
    latin: [
      "e-commerce", "ecommerce", "electronic commerce", "digital trade", "paperless trade",
      "Digital Economy (?:Partnership|Framework) Agreement",
      "live[-\\s]?stream(?:ing)? commerce", "online (?:retail|shopping|marketplaces?)", "Onlinehandel", "Online-Handel",
      `digital${DE_ADJ}\\s+Handel(?:s)?`, `elektronisch${DE_ADJ}\\s+Handel(?:s)?`, `papierlos${DE_ADJ}\\s+Handel(?:s)?`,
    ],
    open: ["E-Commerce"],
    cs: ["DEPA", "DEFA"],
    han: ["电子商务", "电商", "数字贸易", "无纸化贸易", "跨境贸易数字", "数字经济伙伴关系协定", "数字经济框架协议", "電子商取引", "电子商取引"],
  },
  cybersecurity: {
    latin: [
      "cyber[-\\s]?security", "cyberspace", "cyber", "network security", "data security", "data governance",
      "data protection", "cross-border data (?:flows?|transfers?)", "data locali[sz]ation", "data sovereignty", "personal (?:data|information) protection", "digital governance",
      "Cybersicherheit", "Cyber-Sicherheit", "Datenschutz", "Datensicherheit", "Datenflüsse", "Daten-Governance",
      "Netzsicherheit", "internet censorship", "(?:web|internet|online) surveillance",
      // Online scams run from compounds in the region are reported as cybercrime, and fought by cyber police.
      "scam(?:s|mers?)?", "call[-\\s]scams?", "(?:telecom(?:munications?)?|online|phone) fraud",
    ],
    cs: ["POGOs?"],
    han: [
      "网络安全", "数据安全", "数据治理", "数据跨境", "跨境数据", "个人信息保护", "网络空间", "数字治理", "资安", "资讯安全",
      "电信诈骗", "电诈", "网络诈骗", "电信网络诈骗",
    ],
  },
  "smart-cities": {
    latin: [
      "smart[-\\s]cit(?:y|ies)", "smart ports?", "smart border", `intelligent${DE_ADJ}\\s+Städte`, "Smart-City",
      "Smart-Port",
      // City-wide camera networks ("safe city" is the vendors' name for them).
      "surveillance cameras?", "camera surveillance", "CCTV (?:cameras?|systems?|projects?|network)", "CCTVs",
      "closed-circuit television", "safe[-\\s]cit(?:y|ies)",
    ],
    han: ["智慧城市", "智慧港口", "智慧口岸", "智能口岸", "智慧边境", "平安城市", "雪亮工程"],
  },
  "digital-payments": {
    latin: [
      "mobile payments?", "digital payments?", "cross-border payments?", "QR[-\\s]code payments?",
      "central bank digital currenc(?:y|ies)", "digital currenc(?:y|ies)", "e-CNY", "digital yuan", "e-wallets?",
      "mobiles Bezahlen", `digital${DE_ADJ}\\s+(?:Zahlung(?:en)?|Währung(?:en)?)`, "Zahlungsverkehr", "Mobile Payment",
      "mBridge",
      // Settling cross-border trade in the partners' own currencies is the other half of cross-border payments.
      "(?:local|domestic)[-\\s]currenc(?:y|ies)", "(?:currency|RMB|yuan|renminbi) settlement", "settlement currenc(?:y|ies)",
      "direct (?:currency )?(?:payments?|settlement)",
    ],
    cs: ["QR", "CBDCs?"],
    han: [
      "数字货币", "数字人民币", "移动支付", "跨境支付", "二维码支付", "电子支付", "央行数字货币", "本币结算", "人民币结算", "结算货币",
      "跨境人民币", "直接结算",
    ],
  },
  satellites: {
    latin: ["satellites?", "BeiDou", "Beidou", "remote sensing", "Fernerkundung", "space cooperation", "Raumfahrt"],
    open: ["Satellit"],
    cs: ["GNSS"],
    han: ["北斗", "卫星", "遥感", "航天", "衛星", "위성", "원격탐사"],
  },
};

/**
 * Hints: words that often stand for a domain's topic but also for much else. "Digital economy" (in agreements,
 * dialogues and forums) is mostly about digital trade, and the China–ASEAN free-trade area's upgrade is read for its
 * digital-trade chapter; but one passing mention of either is not. They weigh less than a term (WEAK_FACTOR in
 * domains.ts) and are no search vocabulary. `latin` as in DomainTerms; `unspaced` (Han, Thai, Lao, Khmer, Burmese)
 * matches anywhere.
 */
// prettier-ignore
export const WEAK_DOMAIN_TERMS: Partial<Record<DomainSlug, { latin: string[]; unspaced: string[] }>> = {
  "digital-trade": {
    latin: [
      // Not an agency's name: Thailand's "Ministry of Digital Economy and Society", depa (สำนักงานส่งเสริมเศรษฐกิจดิจิทัล).
      "(?<!Ministry of (?:the )?)digital econom(?:y|ies)(?! and Society)",
      "Digitalwirtschaft", `digital${DE_ADJ}\\s+Wirtschaft`, "kinh tế số", "ekonomi digital", "digital na ekonomiya",
      "ekonomiyang digital",
      "free[-\\s]trade (?:agreements?|areas?)", "FTA", "Freihandels(?:abkommens?|zonen?)",
      "(?:hiệp định|khu vực) thương mại tự do", "perdagangan bebas",
    ],
    unspaced: [
      "数字经济", "(?<!ส่งเสริม)เศรษฐกิจดิจิทัล", "ເສດຖະກິດດິຈິຕອນ", "សេដ្ឋកិច្ចឌីជីថល", "ဒီဂျစ်တယ်စီးပွားရေး", "ဒီဂျစ်တယ် စီးပွားရေး",
      "自贸区", "自贸协定", "自由贸易区", "自由贸易协定", "การค้าเสรี",
    ],
  },
};
