import type { EvalArticle } from "../types";

// Vietnamese state-media style: "Sino-Vietnamese", "the Chinese side", year-less and relative dates.
export const article: EvalArticle = {
  id: "en-05-smart-border-gate",
  language: "en",
  title: "Lang Son, Guangxi speed up Huu Nghi–Youyiguan smart border gate",
  publishedOn: "2025-12-16",
  text: `Lang Son, Guangxi speed up Huu Nghi–Youyiguan smart border gate

Hanoi (VNA) – Authorities of the northern province of Lang Son and China's Guangxi Zhuang Autonomous Region agreed on December 12 to put the first phase of the Huu Nghi smart border gate into trial operation before the Lunar New Year.

Under the project, driverless container trucks guided by BeiDou satellite positioning and 5G networks will shuttle goods across a dedicated lane between the Huu Nghi (Friendship) border gate on the Vietnamese side and the Youyiguan gate on the Chinese side. Customs declarations will be processed on a shared digital platform, cutting clearance time from hours to minutes.

The Sino-Vietnamese pilot is the first of its kind on the land border and is seen as a model for smart ports across the region. Officials said the lane could handle 3,000 containers a day once completed in the second quarter of 2026.

Vice Chairman of the Lang Son Provincial People's Committee Doan Thanh Son said that cross-border e-commerce shipments through the gate had risen by 40 percent since January. Earlier this month, the two sides also agreed to share real-time traffic data and to train 200 customs officers in operating the system.

The smart border gate was first proposed during talks between the two Party General Secretaries in December 2023.

VNA
Share: Facebook | Twitter | Zalo`,
  gold: {
    countries: ["CN", "VN"],
    domains: ["smart-cities", "satellites", "5g", "digital-trade", "digital-skills"],
    initiatives: ["youyiguan-huu-nghi-smart-border-gate"],
    events: [
      { date: "2025-12-12", precision: "day" },
      { date: "2026-Q2", precision: "quarter" },
      { date: "2025-01", precision: "month" },
      { date: "2025-12", precision: "month" },
      { date: "2023-12", precision: "month" },
    ],
  },
};
