import type { EvalArticle } from "../types";

// Finance portal: cookie/privacy notice, payment and smart-city cooperation, 泰方/中方 references.
export const article: EvalArticle = {
  id: "zh-04-payments-smart-city",
  language: "zh",
  title: "中泰推进跨境支付与智慧城市合作",
  publishedOn: "2025-12-16",
  text: `本网站使用cookie以提升您的浏览体验，继续浏览即表示您同意我们的隐私政策。

中泰推进跨境支付与智慧城市合作

本月10日，中国人民银行与泰国央行在曼谷签署关于深化跨境支付合作的谅解备忘录。根据备忘录，双方将扩大二维码支付互联互通，并探索依托多边央行数字货币桥开展跨境结算。

泰方表示，自2024年初双边二维码支付互通上线以来，已有超过200万名中国游客在泰国使用手机扫码付款。中方介绍，数字人民币跨境试点将于明年第二季度扩展至泰国北部城市清迈。

在智慧城市领域，双方同意在东盟智慧城市网络框架下开展合作，共同建设智慧交通和智慧政务平台。根据《东盟—中国智慧城市合作倡议领导人声明》，中国将为东盟国家培训城市管理人员。

业内人士指出，支付互联互通和智慧城市建设将为中泰数字经济合作注入新动力。

（本文来源：中国金融新闻网）
打印 关闭`,
  gold: {
    countries: ["CN", "TH"],
    domains: ["digital-payments", "smart-cities", "digital-skills"],
    initiatives: ["project-mbridge", "smart-city-cooperation-initiative"],
    events: [
      { date: "2025-12-10", precision: "day" },
      { date: "2024-Q1", precision: "quarter" },
      { date: "2026-Q2", precision: "quarter" },
    ],
  },
};
