import type { EvalArticle } from "../types";

// Held out: written after the extractors were tuned and scored once untouched (see the commit adding it).
export const article: EvalArticle = {
  id: "holdout-zh-02-digital-trade-centre",
  language: "zh",
  split: "holdout",
  title: "中国—东盟数字贸易中心一季度跨境电商交易额增长三成",
  publishedOn: "2025-04-23",
  text: `首页 > 经济 > 正文

中国—东盟数字贸易中心一季度跨境电商交易额增长三成

2025-04-23 08:15:32  来源：南宁晚报

记者日前从中国—东盟数字贸易中心了解到，今年一季度，入驻中心的企业实现跨境电商交易额18.6亿元，同比增长30.2%。

3月18日，中心与马来西亚、印度尼西亚的电商平台签署“丝路电商”合作协议，共同打造面向东盟的跨境直播电商基地。上个月，首批来自柬埔寨和菲律宾的商家入驻基地。

据了解，中心自2023年启用以来，已吸引400余家企业入驻。中心负责人表示，将在年内建成跨境支付结算服务平台，为中小商户提供人民币和东盟国家货币结算服务。

编辑：刘洋
相关新闻
广西与越南签署数字经济合作协议`,
  gold: {
    countries: ["CN", "MY", "ID", "KH", "PH"],
    domains: ["digital-trade", "digital-payments"],
    initiatives: ["china-asean-digital-trade-centre", "silk-road-e-commerce-cooperation"],
    events: [
      { date: "2025-Q1", precision: "quarter" },
      { date: "2025-03-18", precision: "day" },
      { date: "2025-03", precision: "month" },
      { date: "2023", precision: "year" },
      { date: "2025", precision: "year" },
    ],
  },
};
