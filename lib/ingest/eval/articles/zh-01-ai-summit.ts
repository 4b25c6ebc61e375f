import type { EvalArticle } from "../types";

// Xinhua wire copy: dateline with a date, year-less dates, relative dates, editor line.
export const article: EvalArticle = {
  id: "zh-01-ai-summit",
  language: "zh",
  title: "中国—东盟人工智能峰会在南宁开幕",
  publishedOn: "2025-09-17",
  text: `中国—东盟人工智能峰会在南宁开幕

新华社南宁9月17日电（记者 黄耀漫）2025中国—东盟人工智能峰会17日在广西南宁开幕。来自中国和东盟国家的政府官员、企业代表和专家学者约800人出席。

峰会期间，中方发布了《中国—东盟人工智能合作南宁倡议》，提出共建人工智能算力网络、联合培养人工智能人才、推动人工智能在农业和医疗领域的应用。

据介绍，中国—东盟人工智能创新合作中心自去年11月揭牌以来，已与东盟国家的40多家机构签署合作协议，孵化项目60余个。中心计划于2025年第四季度上线面向东盟的多语种大模型服务平台。

老挝、柬埔寨、缅甸代表在发言中表示，希望借助中国的人工智能技术和培训资源，缩小数字鸿沟。越南信息通信部副部长表示，越方愿与中方在人工智能标准和治理方面加强交流。

今年6月12日，中国—东盟人工智能部长圆桌会议曾就人工智能能力建设达成共识。

【责任编辑：王珊】
分享到：微信 微博 QQ空间`,
  gold: {
    countries: ["CN", "LA", "KH", "MM", "VN"],
    domains: ["ai", "computing-power", "digital-skills"],
    initiatives: [
      "china-asean-ai-summit",
      "china-asean-ai-innovation-cooperation-center",
      "china-asean-ministerial-roundtable-on-ai",
    ],
    events: [
      { date: "2025-09-17", precision: "day" },
      { date: "2024-11", precision: "month" },
      { date: "2025-Q4", precision: "quarter" },
      { date: "2025-06-12", precision: "day" },
    ],
  },
};
