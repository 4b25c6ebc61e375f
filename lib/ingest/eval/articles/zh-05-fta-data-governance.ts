import type { EvalArticle } from "../types";

// Ministry-style release: FTA 3.0 signature, data governance; abbreviations of catalog names.
export const article: EvalArticle = {
  id: "zh-05-fta-data-governance",
  language: "zh",
  title: "中国—东盟自贸区3.0版升级议定书正式签署",
  publishedOn: "2025-10-30",
  text: `当前位置：首页 > 新闻发布

中国—东盟自贸区3.0版升级议定书正式签署

10月28日，在马来西亚吉隆坡举行的第28次中国—东盟领导人会议期间，中国与东盟十国正式签署《中国—东盟自由贸易区3.0版升级议定书》。商务部有关负责人表示，这是双方经贸合作的又一重要里程碑。

升级议定书新增数字经济、绿色经济、供应链互联互通等9个章节。其中，数字经济章节涵盖无纸化贸易、电子支付、数据跨境流动、个人信息保护和网络安全等内容，为双方数字贸易发展提供了制度保障。

国家网信办相关负责人表示，中方愿与东盟国家在数据治理领域加强政策对话，推动建立安全有序的数据跨境流动机制。据悉，中国—东盟数据治理合作研讨会将于明年3月在南宁举办。

商务部表示，下一步将推动议定书尽快生效，力争2026年内完成各自国内批准程序。与此同时，东盟正在推进的东盟数字经济框架协定谈判也有望在今年年底前取得实质性成果。

扫一扫在手机打开当前页
免责声明：本网站所载内容仅供参考。`,
  // The tracker's own history: proposed from 2022 until the signing (the negotiation was never held as in progress).
  statusesBefore: { "acfta-3-0-upgrade-protocol": "proposed" },
  gold: {
    countries: ["MY", "CN"],
    domains: ["digital-trade", "cybersecurity"],
    initiatives: ["acfta-3-0-upgrade-protocol", "asean-defa"],
    events: [
      { date: "2025-10-28", precision: "day" },
      { date: "2026-03", precision: "month" },
      { date: "2026", precision: "year" },
      { date: "2025-Q4", precision: "quarter" },
    ],
    transitions: [{ initiative: "acfta-3-0-upgrade-protocol", to: "agreed", date: "2025-10-28" }],
  },
};
