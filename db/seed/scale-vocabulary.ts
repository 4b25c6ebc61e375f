// Word lists for the synthetic scale data: places, the kinds of project per domain (in English, German and Chinese),
// well-known actors and publishers. Lists are ordered most-frequent first, because the generator draws Zipf-like.
import type { CountryCode } from "@/lib/vocabulary/countries";
import type { DomainSlug } from "@/lib/vocabulary/domains";
import type { ActorKind, SourceType } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";

export type Trilingual = { en: string; de: string; zh: string };
export type Place = Trilingual & { country: CountryCode };

export const DOMAIN_ORDER: readonly DomainSlug[] = [
  "ai", "5g", "data-centres", "digital-trade", "submarine-cables", "cloud", "digital-skills", "smart-cities",
  "cybersecurity", "computing-power", "digital-payments", "iot", "terrestrial-cables", "satellites",
];

/** ASEAN partners, most frequent first. */
export const PARTNER_ORDER: readonly Exclude<CountryCode, "CN">[] = ["VN", "ID", "TH", "MY", "LA", "KH", "PH", "SG", "MM", "BN", "TL"];

export const STATUS_ORDER: readonly Status[] = [
  "in-progress", "operational", "agreed", "proposed", "completed", "stalled", "superseded", "cancelled",
];

const p = (country: CountryCode, en: string, de: string, zh: string): Place => ({ country, en, de, zh });

export const CHINESE_PLACES: readonly Place[] = [
  p("CN", "Nanning", "Nanning", "南宁"), p("CN", "Kunming", "Kunming", "昆明"), p("CN", "Guangzhou", "Guangzhou", "广州"),
  p("CN", "Shenzhen", "Shenzhen", "深圳"), p("CN", "Xiamen", "Xiamen", "厦门"), p("CN", "Qinzhou", "Qinzhou", "钦州"),
  p("CN", "Fangchenggang", "Fangchenggang", "防城港"), p("CN", "Haikou", "Haikou", "海口"), p("CN", "Guiyang", "Guiyang", "贵阳"),
  p("CN", "Chongqing", "Chongqing", "重庆"), p("CN", "Pingxiang", "Pingxiang", "凭祥"), p("CN", "Beihai", "Beihai", "北海"),
];

export const PARTNER_PLACES: Record<Exclude<CountryCode, "CN">, readonly Place[]> = {
  VN: [p("VN", "Hanoi", "Hanoi", "河内"), p("VN", "Haiphong", "Haiphong", "海防"), p("VN", "Da Nang", "Da Nang", "岘港"), p("VN", "Ho Chi Minh City", "Ho-Chi-Minh-Stadt", "胡志明市"), p("VN", "Lang Son", "Lang Son", "谅山")],
  ID: [p("ID", "Jakarta", "Jakarta", "雅加达"), p("ID", "Batam", "Batam", "巴淡"), p("ID", "Surabaya", "Surabaya", "泗水"), p("ID", "Bandung", "Bandung", "万隆"), p("ID", "Nusantara", "Nusantara", "努山塔拉")],
  TH: [p("TH", "Bangkok", "Bangkok", "曼谷"), p("TH", "Chonburi", "Chonburi", "春武里"), p("TH", "Rayong", "Rayong", "罗勇"), p("TH", "Chiang Mai", "Chiang Mai", "清迈")],
  MY: [p("MY", "Kuala Lumpur", "Kuala Lumpur", "吉隆坡"), p("MY", "Johor", "Johor", "柔佛"), p("MY", "Kuantan", "Kuantan", "关丹"), p("MY", "Cyberjaya", "Cyberjaya", "赛城"), p("MY", "Penang", "Penang", "槟城")],
  LA: [p("LA", "Vientiane", "Vientiane", "万象"), p("LA", "Luang Prabang", "Luang Prabang", "琅勃拉邦"), p("LA", "Boten", "Boten", "磨丁")],
  KH: [p("KH", "Phnom Penh", "Phnom Penh", "金边"), p("KH", "Sihanoukville", "Sihanoukville", "西哈努克"), p("KH", "Siem Reap", "Siem Reap", "暹粒")],
  PH: [p("PH", "Manila", "Manila", "马尼拉"), p("PH", "Davao", "Davao", "达沃"), p("PH", "Cebu", "Cebu", "宿务"), p("PH", "Clark", "Clark", "克拉克")],
  SG: [p("SG", "Singapore", "Singapur", "新加坡"), p("SG", "Jurong", "Jurong", "裕廊")],
  MM: [p("MM", "Yangon", "Rangun", "仰光"), p("MM", "Mandalay", "Mandalay", "曼德勒"), p("MM", "Kyaukphyu", "Kyaukphyu", "皎漂")],
  BN: [p("BN", "Bandar Seri Begawan", "Bandar Seri Begawan", "斯里巴加湾"), p("BN", "Muara", "Muara", "摩拉")],
  TL: [p("TL", "Dili", "Dili", "帝力"), p("TL", "Baucau", "Baucau", "包考")],
};

const t = (en: string, de: string, zh: string): Trilingual => ({ en, de, zh });

/** Kinds of project per domain, with the purpose sentence used in summaries. */
export const DOMAIN_THINGS: Record<DomainSlug, { things: readonly Trilingual[]; purpose: string }> = {
  ai: { things: [t("AI Innovation Centre", "KI-Innovationszentrum", "人工智能创新中心"), t("AI Cooperation Centre", "KI-Kooperationszentrum", "人工智能合作中心"), t("Large Language Model Lab", "Labor für große Sprachmodelle", "大模型实验室"), t("AI Governance Dialogue", "Dialog zur KI-Governance", "人工智能治理对话")], purpose: "train engineers and host joint artificial intelligence research" },
  "5g": { things: [t("5G Smart Port", "5G-Smart-Port", "5G智慧港口"), t("5G Private Network", "privates 5G-Netz", "5G专网"), t("5G Base Station Rollout", "5G-Basisstationsausbau", "5G基站建设"), t("5G Innovation Lab", "5G-Innovationslabor", "5G创新实验室")], purpose: "extend 5G coverage to ports, industrial parks and border crossings" },
  "data-centres": { things: [t("Data Centre", "Rechenzentrum", "数据中心"), t("Green Data Centre Campus", "grüner Rechenzentrumscampus", "绿色数据中心园区"), t("Hyperscale Data Centre", "Hyperscale-Rechenzentrum", "超大规模数据中心")], purpose: "provide data centre capacity for cloud providers and government services" },
  "digital-trade": { things: [t("Cross-Border E-Commerce Platform", "grenzüberschreitende E-Commerce-Plattform", "跨境电商平台"), t("Paperless Trade Corridor", "Korridor für papierlosen Handel", "无纸化贸易走廊"), t("Digital Trade Zone", "digitale Handelszone", "数字贸易区")], purpose: "simplify customs clearance and cross-border online trade" },
  "submarine-cables": { things: [t("Submarine Cable System", "Seekabelsystem", "海底光缆系统"), t("Cable Landing Station", "Kabelanlandestation", "海缆登陆站"), t("Subsea Fibre Cable", "Unterwasser-Glasfaserkabel", "海底光纤电缆")], purpose: "add international submarine cable capacity between China and Southeast Asia" },
  cloud: { things: [t("Cloud Region", "Cloud-Region", "云区域"), t("Sovereign Cloud Platform", "souveräne Cloud-Plattform", "主权云平台"), t("Government Cloud", "Behörden-Cloud", "政务云")], purpose: "offer local cloud services to companies and public agencies" },
  "digital-skills": { things: [t("Digital Talent Programme", "Programm für digitale Talente", "数字人才计划"), t("Digital Skills Academy", "Akademie für digitale Kompetenzen", "数字技能学院"), t("ICT Training Centre", "IKT-Schulungszentrum", "信息通信技术培训中心")], purpose: "train technicians, officials and students in digital skills" },
  "smart-cities": { things: [t("Smart City Pilot", "Smart-City-Pilotprojekt", "智慧城市试点"), t("Smart Port", "intelligenter Hafen", "智慧港口"), t("City Brain Platform", "Stadtgehirn-Plattform", "城市大脑平台")], purpose: "digitise urban services, traffic management and ports" },
  cybersecurity: { things: [t("Cybersecurity Cooperation Centre", "Zentrum für Cybersicherheitskooperation", "网络安全合作中心"), t("Data Governance Dialogue", "Dialog zur Datengovernance", "数据治理对话"), t("Cyber Emergency Response Exchange", "Austausch zur Cyber-Notfallreaktion", "网络应急响应交流")], purpose: "coordinate incident response and rules for cross-border data flows" },
  "computing-power": { things: [t("Computing Power Hub", "Rechenleistungs-Hub", "算力枢纽"), t("Computing Power Network", "Rechenleistungsnetz", "算力网络")], purpose: "interconnect computing capacity across the region" },
  "digital-payments": { things: [t("QR Payment Link", "QR-Zahlungsverbindung", "二维码支付互联"), t("Cross-Border Payment Gateway", "grenzüberschreitendes Zahlungsportal", "跨境支付网关"), t("Digital Currency Pilot", "Digitalwährungs-Pilotprojekt", "数字货币试点")], purpose: "let travellers and merchants pay across borders in local currencies" },
  iot: { things: [t("Industrial Internet Platform", "Plattform für das industrielle Internet", "工业互联网平台"), t("IoT Sensor Network", "IoT-Sensornetz", "物联网传感网络")], purpose: "connect factories, farms and logistics with sensor networks" },
  "terrestrial-cables": { things: [t("Cross-Border Fibre Link", "grenzüberschreitende Glasfaserverbindung", "跨境光缆"), t("Terrestrial Backbone", "terrestrisches Backbone-Netz", "陆地骨干网")], purpose: "add terrestrial fibre routes across land borders" },
  satellites: { things: [t("BeiDou Ground Station", "BeiDou-Bodenstation", "北斗地面站"), t("Remote Sensing Satellite Programme", "Fernerkundungssatellitenprogramm", "遥感卫星计划"), t("Satellite Communications Link", "Satellitenkommunikationsverbindung", "卫星通信链路")], purpose: "provide satellite navigation, remote sensing and communications services" },
};

export type ActorSeed = { name: string; kind: ActorKind; country: CountryCode | null; zh?: string; de?: string };

/** Prominent actors, most active first; the generator adds synthetic companies and agencies after them. */
export const KNOWN_ACTORS: readonly ActorSeed[] = [
  { name: "Huawei", kind: "company", country: "CN", zh: "华为" },
  { name: "China Mobile International", kind: "company", country: "CN", zh: "中国移动国际" },
  { name: "Ministry of Industry and Information Technology", kind: "ministry", country: "CN", zh: "工业和信息化部", de: "Ministerium für Industrie und Informationstechnologie" },
  { name: "China Telecom Global", kind: "company", country: "CN", zh: "中国电信国际" },
  { name: "Alibaba Cloud", kind: "company", country: "CN", zh: "阿里云" },
  { name: "ZTE", kind: "company", country: "CN", zh: "中兴通讯" },
  { name: "China Unicom", kind: "company", country: "CN", zh: "中国联通" },
  { name: "Viettel", kind: "company", country: "VN" },
  { name: "Telkom Indonesia", kind: "company", country: "ID" },
  { name: "Tencent Cloud", kind: "company", country: "CN", zh: "腾讯云" },
  { name: "Cyberspace Administration of China", kind: "agency", country: "CN", zh: "国家互联网信息办公室", de: "Cyberspace-Verwaltung Chinas" },
  { name: "China–ASEAN Information Harbor Co.", kind: "company", country: "CN", zh: "中国—东盟信息港股份有限公司" },
  { name: "ASEAN Secretariat", kind: "organisation", country: null, zh: "东盟秘书处", de: "ASEAN-Sekretariat" },
  { name: "HMN Technologies", kind: "company", country: "CN", zh: "华海通信" },
  { name: "Ministry of Information and Communications (Vietnam)", kind: "ministry", country: "VN", zh: "越南信息通信部", de: "Ministerium für Information und Kommunikation (Vietnam)" },
  { name: "Ministry of Digital Economy and Society (Thailand)", kind: "ministry", country: "TH", zh: "泰国数字经济与社会部", de: "Ministerium für digitale Wirtschaft und Gesellschaft (Thailand)" },
  { name: "Ministry of Communication and Digital Affairs (Indonesia)", kind: "ministry", country: "ID", zh: "印尼通信与数字事务部" },
  { name: "Ministry of Digital (Malaysia)", kind: "ministry", country: "MY", zh: "马来西亚数字部", de: "Digitalministerium (Malaysia)" },
  { name: "Infocomm Media Development Authority", kind: "agency", country: "SG", zh: "新加坡资讯通信媒体发展局" },
  { name: "China–ASEAN Expo", kind: "forum", country: "CN", zh: "中国—东盟博览会", de: "China-ASEAN-Messe" },
  { name: "Guangxi Zhuang Autonomous Region Government", kind: "agency", country: "CN", zh: "广西壮族自治区人民政府" },
  { name: "Yunnan Provincial Government", kind: "agency", country: "CN", zh: "云南省人民政府" },
  { name: "True Corporation", kind: "company", country: "TH" },
  { name: "Maxis", kind: "company", country: "MY" },
  { name: "Singtel", kind: "company", country: "SG" },
  { name: "Globe Telecom", kind: "company", country: "PH" },
  { name: "PLDT", kind: "company", country: "PH" },
  { name: "Lao Telecom", kind: "company", country: "LA", zh: "老挝电信" },
  { name: "Cambodia Telecom", kind: "company", country: "KH", zh: "柬埔寨电信" },
  { name: "Mytel", kind: "company", country: "MM" },
  { name: "Ministry of Technology and Communications (Laos)", kind: "ministry", country: "LA", zh: "老挝技术与通信部" },
  { name: "Ministry of Posts and Telecommunications (Cambodia)", kind: "ministry", country: "KH", zh: "柬埔寨邮电部" },
  { name: "Department of Information and Communications Technology (Philippines)", kind: "ministry", country: "PH", zh: "菲律宾信息通信技术部" },
  { name: "Brunei Darussalam Telecommunications (DST)", kind: "company", country: "BN" },
  { name: "Timor Telecom", kind: "company", country: "TL" },
  { name: "China Academy of Information and Communications Technology", kind: "agency", country: "CN", zh: "中国信息通信研究院", de: "Chinesische Akademie für Informations- und Kommunikationstechnologie" },
  { name: "China Communications Construction Company", kind: "company", country: "CN", zh: "中国交通建设股份有限公司" },
  { name: "BeiDou Navigation Satellite System Office", kind: "agency", country: "CN", zh: "北斗卫星导航系统管理办公室" },
  { name: "ASEAN Digital Ministers' Meeting", kind: "forum", country: null, zh: "东盟数字部长会议", de: "Treffen der ASEAN-Digitalminister" },
  { name: "China–ASEAN Centre", kind: "organisation", country: null, zh: "中国—东盟中心", de: "China-ASEAN-Zentrum" },
];

export const SYNTHETIC_ACTOR_PARTS = {
  prefixes: ["Mekong", "Beibu Gulf", "Lancang", "Nanhai", "Silk Road", "Southern Gateway", "Pearl River", "Andaman", "Borneo", "Straits", "Red River", "Golden Triangle", "Indochina", "Sunda", "Celebes"],
  sectors: ["Digital", "Cloud", "Data", "Fibre", "Network", "Smart Logistics", "Satellite", "Payments", "Cyber", "Computing", "AI", "Telecom"],
  companySuffixes: ["Technologies", "Co., Ltd.", "Holdings", "Systems", "Infrastructure", "Ventures", "Networks"],
  agencySuffixes: ["Authority", "Agency", "Development Board", "Research Institute", "Innovation Centre", "Association"],
  zhSectors: { Digital: "数字", Cloud: "云", Data: "数据", Fibre: "光纤", Network: "网络", "Smart Logistics": "智慧物流", Satellite: "卫星", Payments: "支付", Cyber: "网络安全", Computing: "计算", AI: "人工智能", Telecom: "电信" } as Record<string, string>,
  zhPrefixes: { Mekong: "湄公", "Beibu Gulf": "北部湾", Lancang: "澜沧", Nanhai: "南海", "Silk Road": "丝路", "Southern Gateway": "南向通道", "Pearl River": "珠江", Andaman: "安达曼", Borneo: "婆罗洲", Straits: "海峡", "Red River": "红河", "Golden Triangle": "金三角", Indochina: "中南半岛", Sunda: "巽他", Celebes: "苏拉威西" } as Record<string, string>,
};

export type Publisher = { name: string; domain: string; type: SourceType; language: "en" | "de" | "zh" };

/** Publishers, most prolific first within each language. */
export const PUBLISHERS: readonly Publisher[] = [
  { name: "Xinhua", domain: "english.news.cn", type: "state-media", language: "en" },
  { name: "The Straits Times", domain: "www.straitstimes.com", type: "independent-press", language: "en" },
  { name: "Nikkei Asia", domain: "asia.nikkei.com", type: "independent-press", language: "en" },
  { name: "China Daily", domain: "www.chinadaily.com.cn", type: "state-media", language: "en" },
  { name: "Ministry of Commerce of the PRC", domain: "english.mofcom.gov.cn", type: "official-china", language: "en" },
  { name: "VnExpress International", domain: "e.vnexpress.net", type: "independent-press", language: "en" },
  { name: "Bernama", domain: "www.bernama.com", type: "official-asean-member", language: "en" },
  { name: "Antara", domain: "en.antaranews.com", type: "official-asean-member", language: "en" },
  { name: "ASEAN Secretariat", domain: "asean.org", type: "asean-secretariat", language: "en" },
  { name: "Bangkok Post", domain: "www.bangkokpost.com", type: "independent-press", language: "en" },
  { name: "Huawei Newsroom", domain: "www.huawei.com", type: "company", language: "en" },
  { name: "The Diplomat", domain: "thediplomat.com", type: "other", language: "en" },
  { name: "人民日报", domain: "paper.people.com.cn", type: "state-media", language: "zh" },
  { name: "新华网", domain: "www.news.cn", type: "state-media", language: "zh" },
  { name: "广西日报", domain: "gxrb.gxrb.com.cn", type: "state-media", language: "zh" },
  { name: "中华人民共和国商务部", domain: "www.mofcom.gov.cn", type: "official-china", language: "zh" },
  { name: "工业和信息化部", domain: "www.miit.gov.cn", type: "official-china", language: "zh" },
  { name: "财新网", domain: "www.caixin.com", type: "independent-press", language: "zh" },
  { name: "中国移动新闻中心", domain: "www.10086.cn", type: "company", language: "zh" },
  { name: "Handelsblatt", domain: "www.handelsblatt.com", type: "independent-press", language: "de" },
  { name: "Frankfurter Allgemeine Zeitung", domain: "www.faz.net", type: "independent-press", language: "de" },
  { name: "Germany Trade & Invest", domain: "www.gtai.de", type: "other", language: "de" },
  { name: "heise online", domain: "www.heise.de", type: "independent-press", language: "de" },
  { name: "Deutsche Welle", domain: "www.dw.com", type: "independent-press", language: "de" },
];

/** Events; the German names carry their dative article ("auf der China-ASEAN-Messe"). */
export const EVENTS: readonly Trilingual[] = [
  t("China–ASEAN Expo", "der China-ASEAN-Messe", "中国—东盟博览会"),
  t("China–ASEAN Digital Ministers' Meeting", "dem Treffen der Digitalminister Chinas und der ASEAN", "中国—东盟数字部长会议"),
  t("China–ASEAN Information Harbor Forum", "dem Forum des China-ASEAN-Informationshafens", "中国—东盟信息港论坛"),
  t("Belt and Road Forum", "dem Belt-and-Road-Forum", "“一带一路”国际合作高峰论坛"),
  t("ASEAN–China Summit", "dem ASEAN-China-Gipfel", "中国—东盟领导人会议"),
  t("World Internet Conference", "der Welt-Internetkonferenz", "世界互联网大会"),
];
