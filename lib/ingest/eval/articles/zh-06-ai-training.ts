import type { EvalArticle } from "../types";

// Education news: training programme, weekday-relative dates, share bar and related list naming other countries.
export const article: EvalArticle = {
  id: "zh-06-ai-training",
  language: "zh",
  title: "2026年中国—东盟人工智能能力建设培训班开班",
  publishedOn: "2026-01-15",
  text: `分享到： 微信 微博 QQ空间

2026年中国—东盟人工智能能力建设培训班开班

本周二，2026年中国—东盟人工智能能力建设培训班在北京开班，来自柬埔寨、缅甸、菲律宾、文莱等东盟国家的60名政府官员和技术人员参加培训。

培训班为期三周，课程涵盖大模型应用、人工智能治理、数据安全等内容，学员还将赴杭州、深圳等地的企业参观交流。主办方表示，培训班是落实“人工智能能力建设行动计划”的具体举措，计划到2027年底累计为东盟国家培训人工智能人才1000名。

菲律宾学员玛丽亚表示，菲方希望借鉴中国在人工智能赋能农业和灾害预警方面的经验。文莱代表则关注人工智能在政务服务中的应用。

据了解，去年中方已举办三期类似培训班，共培训东盟学员150余人。下一期培训班预计于今年第三季度在南宁举办。

相关阅读
越南发布国家人工智能战略
马来西亚设立国家人工智能办公室
新加坡推出新一轮数字人才计划`,
  gold: {
    countries: ["KH", "MM", "PH", "BN", "CN"],
    domains: ["ai", "digital-skills"],
    initiatives: ["china-asean-ai-capacity-building"],
    events: [
      { date: "2026-01-13", precision: "day" },
      { date: "2027-Q4", precision: "quarter" },
      { date: "2025", precision: "year" },
      { date: "2026-Q3", precision: "quarter" },
    ],
  },
};
