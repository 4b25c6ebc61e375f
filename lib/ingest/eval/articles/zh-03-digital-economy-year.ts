import type { EvalArticle } from "../types";

// Retrospective feature: many absolute dates, a year-less date after an explicit year, catalog names in Chinese.
export const article: EvalArticle = {
  id: "zh-03-digital-economy-year",
  language: "zh",
  title: "从“数字经济合作年”到伙伴关系：中国—东盟数字合作五年回顾",
  publishedOn: "2025-02-12",
  text: `从“数字经济合作年”到伙伴关系：中国—东盟数字合作五年回顾

2019年11月，第22次中国—东盟领导人会议决定将2020年确定为“中国—东盟数字经济合作年”。2020年6月12日，合作年以视频方式开幕，双方围绕5G、人工智能、智慧城市、网络安全等领域举办了一系列活动。

2021年1月，首届东盟数字部长会议同意与中国深化合作。同年11月，双方宣布建立中国—东盟数字经济合作伙伴关系，并随后通过了落实伙伴关系的行动计划（2021—2025）。

在此框架下，中国与新加坡、泰国、印度尼西亚等东盟国家在电子商务、数字支付和人才培养方面开展了大量合作。以跨境电商为例，2024年中国与东盟的跨境电商交易额同比增长超过20%。

2023年9月，中国—东盟领导人会议发表关于深化电子商务合作的联合声明。11月22日，双方又在南宁举办了数字生态合作论坛。

展望未来，中国—东盟数字部长会议将于今年第一季度审议新的合作计划，东盟国家期待在人工智能和数字人才培养方面与中方深化合作。

（编辑：张华）`,
  gold: {
    countries: ["CN", "SG", "TH", "ID"],
    domains: ["digital-trade", "digital-skills", "ai"],
    initiatives: [
      "china-asean-year-of-digital-economy-2020",
      "asean-digital-ministers-meeting",
      "china-asean-digital-economy-partnership",
      "china-asean-digital-ministers-meeting",
      "china-asean-digital-ecosystem-cooperation-forum",
    ],
    events: [
      { date: "2019-11", precision: "month" },
      { date: "2020", precision: "year" },
      { date: "2020-06-12", precision: "day" },
      { date: "2021-01", precision: "month" },
      { date: "2021-11", precision: "month" },
      { date: "2024", precision: "year" },
      { date: "2023-09", precision: "month" },
      { date: "2023-11-22", precision: "day" },
      { date: "2025-Q1", precision: "quarter" },
    ],
  },
};
