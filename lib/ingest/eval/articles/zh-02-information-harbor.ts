import type { EvalArticle } from "../types";

// Regional portal article on cables and the Information Harbor; bilateral abbreviations (中越, 中老), breadcrumbs.
export const article: EvalArticle = {
  id: "zh-02-information-harbor",
  language: "zh",
  title: "中国—东盟信息港建设提速 跨境光缆通达东盟多国",
  publishedOn: "2025-04-09",
  text: `首页 > 新闻中心 > 广西要闻

中国—东盟信息港建设提速 跨境光缆通达东盟多国

2025-04-09 10:32  来源：广西日报

记者从自治区通信管理局获悉，中国—东盟信息港建设持续提速。截至2024年底，广西已建成通达越南的跨境陆缆12条，国际通信出入口局带宽达到每秒3.5T，面向东盟的国际数据专用通道已开通。

上周，中越双方在凭祥举行跨境光缆扩容工程竣工仪式。据介绍，新扩容的陆缆将使中越之间的通信时延降低约30%。与此同时，经老挝、泰国连接马来西亚的陆缆通道正在规划之中，中老双方计划于2026年上半年完成老挝段勘察。

在海底光缆方面，由中国移动、中国电信等企业参与投资的亚洲直达海缆（ADC）已于2025年投产，进一步提升了华南地区面向东南亚的国际通信能力。

此外，南宁国际通信出入口局将于今年第三季度启动二期工程，重点提升面向东盟的云计算和数据中心互联能力。

责任编辑：李明
相关新闻
柬埔寨数字经济发展提速
印尼电信与华为签署5G合作协议`,
  gold: {
    countries: ["CN", "VN", "LA", "TH", "MY"],
    domains: ["terrestrial-cables", "submarine-cables", "cloud", "data-centres"],
    initiatives: [
      "china-asean-information-harbor",
      "nanning-international-telecommunications-hub",
      "asia-direct-cable",
    ],
    events: [
      { date: "2024-Q4", precision: "quarter" },
      { date: "2025-04", precision: "month" },
      { date: "2026", precision: "year" },
      { date: "2025", precision: "year" },
      { date: "2025-Q3", precision: "quarter" },
    ],
  },
};
