import type { EvalArticle } from "../types";

// Written for the status-change suggestions (issue 15): an expansion put into service, its construction retold
// without a name, and a plan.
export const article: EvalArticle = {
  id: "zh-07-nanning-gateway",
  language: "zh",
  title: "南宁国际通信出入口局扩容工程投入使用",
  publishedOn: "2026-01-16",
  text: `南宁国际通信出入口局扩容工程投入使用

新华社南宁1月16日电 记者从广西通信管理局获悉，南宁国际通信出入口局扩容工程于2026年1月15日正式投入使用，通达越南、老挝的国际通信带宽大幅提升。

据介绍，该工程于2024年3月开工建设。下一步，广西将推动中国—东盟信息港建设，力争2027年建成面向东盟的算力枢纽。

责任编辑：王静`,
  statusesBefore: { "nanning-international-telecommunications-hub": "in-progress", "china-asean-information-harbor": "operational" },
  gold: {
    countries: ["CN", "VN", "LA"],
    domains: ["computing-power"],
    initiatives: ["nanning-international-telecommunications-hub", "china-asean-information-harbor"],
    events: [
      { date: "2026-01-15", precision: "day" },
      { date: "2024-03", precision: "month" },
      { date: "2027", precision: "year" },
    ],
    transitions: [{ initiative: "nanning-international-telecommunications-hub", to: "operational", date: "2026-01-15" }],
  },
};
