import type { EvalArticle } from "../types";

// Held out: written after the extractors were tuned and scored once untouched (see the commit adding it).
export const article: EvalArticle = {
  id: "holdout-zh-01-laos-ai-centre",
  language: "zh",
  split: "holdout",
  title: "中老人工智能合作中心首批项目落地万象",
  publishedOn: "2025-07-02",
  text: `中老人工智能合作中心首批项目落地万象

人民网万象7月2日电  记者从中国—老挝人工智能创新合作中心获悉，中心首批5个合作项目近日在老挝首都万象落地，涉及农业病虫害识别、老挝语语音识别和智慧医疗等领域。

该中心于2024年4月在万象揭牌，由中国科技企业与老挝技术与通信部共同建设。据介绍，中心已为老方培训人工智能技术人员300余人，计划到2026年底累计培训1000人。

老挝技术与通信部副部长表示，人工智能将为老挝数字化转型提供新动能。中方负责人介绍，中心下一步将建设面向东盟国家的算力服务平台，预计明年上半年投入使用。

上个月，中心还与泰国、越南相关机构签署了合作备忘录。

（责任编辑：陈静）`,
  gold: {
    countries: ["CN", "LA", "TH", "VN"],
    domains: ["ai", "digital-skills", "computing-power"],
    initiatives: ["china-laos-ai-innovation-cooperation-center"],
    events: [
      { date: "2024-04", precision: "month" },
      { date: "2026-Q4", precision: "quarter" },
      { date: "2026", precision: "year" },
      { date: "2025-06", precision: "month" },
    ],
  },
};
