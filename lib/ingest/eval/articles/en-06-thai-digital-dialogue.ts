import type { EvalArticle } from "../types";

// Press release with dash/spelling variants of catalog names and a typo in one of them.
export const article: EvalArticle = {
  id: "en-06-thai-digital-dialogue",
  language: "en",
  title: "Thailand and China agree 5G and talent roadmap at ministerial dialogue",
  publishedOn: "2025-01-22",
  text: `PRESS RELEASE
Ministry of Digital Economy and Society, Kingdom of Thailand

Thailand and China agree 5G and talent roadmap at ministerial dialogue

Bangkok, 17 January 2025 – The 2nd China–Thailand Ministerial Dialogue on Digital Economy Co-operation was held in Bangkok on 17 January 2025, back-to-back with the 5th ASEAN Digital Ministers’ Meeting (ADGMIN), which concluded the previous day.

The Thai delegation was led by the Minister of Digital Economy and Society, while the Chinese delegation was headed by Zhang Yunming, Vice Minister of Industry and Information Technology.

Both sides agreed to expand 5G private networks for manufacturing in the Eastern Economic Corridor and to cooperate on 5G-enabled smart agriculture. Huawei will train a further 10,000 Thai digital professionals under its talent programme by the end of 2025, bringing the total trained since 2018 to more than 90,000.

The ministers also discussed cooperation on artificial intelligence governance, and the Chinese side invited Thailand to join the China-ASEAN AI Capacity Building Action Plan for Good and for All. Thailand also reaffirmed its support for the China-ASEAN Digital Economy Partnersihp, which will be reviewed at the China-ASEAN Digital Ministers’ Meeting in Q4 2025.

The next Ministerial Dialogue will take place in China in 2026.

For more information: Public Relations Division, MDES, Tel. 0 2141 6747`,
  gold: {
    countries: ["TH", "CN"],
    domains: ["5g", "digital-skills", "ai"],
    initiatives: [
      "china-thailand-digital-economy-ministerial-dialogue",
      "asean-digital-ministers-meeting",
      "china-asean-ai-capacity-building",
      "china-asean-digital-economy-partnership",
      "china-asean-digital-ministers-meeting",
    ],
    events: [
      { date: "2025-01-17", precision: "day" },
      { date: "2025-01-16", precision: "day" },
      { date: "2025-Q4", precision: "quarter" },
      { date: "2018", precision: "year" },
      { date: "2026", precision: "year" },
    ],
  },
};
