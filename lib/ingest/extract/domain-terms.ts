// Multilingual terms for the 14 domains. Latin entries are regex fragments matched case-insensitively from a word
// start; `open` entries may continue into a German compound ("Unterseekabel|verband"), others must end at a word
// end. `cs` entries are case-sensitive acronyms. Han entries match anywhere.
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
    han: ["人工智能", "大模型", "机器学习", "智能体"],
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
    ],
    open: ["Unterseekabel", "Seekabel", "Anlandestation"],
    han: ["海底光缆", "海底电缆", "海缆", "登陆站"],
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
      "capacity[-\\s]building",
      "training programm?e?s?", "training courses?",
      "vocational training",
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
    han: ["数字人才", "人才培养", "人才", "培训", "能力建设", "技能", "研修"],
  },
  "digital-trade": {
    latin: [
      "e-commerce", "ecommerce", "electronic commerce", "digital trade", "paperless trade",
      "live[-\\s]?stream(?:ing)? commerce", "online (?:retail|shopping|marketplaces?)", "Onlinehandel", "Online-Handel",
      `digital${DE_ADJ}\\s+Handel(?:s)?`, `elektronisch${DE_ADJ}\\s+Handel(?:s)?`, `papierlos${DE_ADJ}\\s+Handel(?:s)?`,
    ],
    open: ["E-Commerce"],
    han: ["电子商务", "电商", "数字贸易", "无纸化贸易", "跨境贸易数字"],
  },
  cybersecurity: {
    latin: [
      "cyber[-\\s]?security", "cyberspace", "cyber", "network security", "data security", "data governance",
      "data protection", "cross-border data (?:flows?|transfers?)", "data locali[sz]ation", "data sovereignty", "personal (?:data|information) protection", "digital governance",
      "Cybersicherheit", "Cyber-Sicherheit", "Datenschutz", "Datensicherheit", "Datenflüsse", "Daten-Governance",
      "Netzsicherheit",
    ],
    han: ["网络安全", "数据安全", "数据治理", "数据跨境", "跨境数据", "个人信息保护", "网络空间", "数字治理", "资安", "资讯安全"],
  },
  "smart-cities": {
    latin: [
      "smart[-\\s]cit(?:y|ies)", "smart ports?", "smart border", `intelligent${DE_ADJ}\\s+Städte`, "Smart-City",
      "Smart-Port",
    ],
    han: ["智慧城市", "智慧港口", "智慧口岸", "智能口岸", "智慧边境"],
  },
  "digital-payments": {
    latin: [
      "mobile payments?", "digital payments?", "cross-border payments?", "QR[-\\s]code payments?",
      "central bank digital currenc(?:y|ies)", "digital currenc(?:y|ies)", "e-CNY", "digital yuan", "e-wallets?",
      "mobiles Bezahlen", `digital${DE_ADJ}\\s+(?:Zahlung(?:en)?|Währung(?:en)?)`, "Zahlungsverkehr", "Mobile Payment",
      "mBridge",
    ],
    cs: ["QR", "CBDCs?"],
    han: ["数字货币", "数字人民币", "移动支付", "跨境支付", "二维码支付", "电子支付", "央行数字货币"],
  },
  satellites: {
    latin: ["satellites?", "BeiDou", "Beidou", "remote sensing", "Fernerkundung", "space cooperation", "Raumfahrt"],
    open: ["Satellit"],
    cs: ["GNSS"],
    han: ["北斗", "卫星", "遥感", "航天"],
  },
};
