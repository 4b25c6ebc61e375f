import type { EvalArticle } from "../types";

// Wire story syndicated on a finance portal: market ticker, share bar and related links around it.
export const article: EvalArticle = {
  id: "en-01-ai-centre-nanning",
  language: "en",
  title: "China, ASEAN inaugurate AI cooperation centre at expo in Nanning",
  publishedOn: "2025-09-18",
  text: `U.S. markets open in 3 hours
Share
Tweet
Email

China, ASEAN inaugurate AI cooperation centre at expo in Nanning
Xinhua | Updated: Sep 18, 2025 09:14 AM

NANNING, Sept. 18 (Xinhua) -- China and ASEAN countries on Wednesday unveiled the China-ASEAN AI Innovation and Cooperation Centre in Nanning, capital of south China's Guangxi Zhuang Autonomous Region, on the sidelines of the 22nd China-ASEAN Expo.

The centre will host joint laboratories, an open computing-power platform and a pilot zone where companies from ASEAN member states can test artificial intelligence applications in agriculture, logistics and public health, according to the organisers.

"Artificial intelligence is becoming a new engine for the digital economy of our region," said a senior official of the Ministry of Industry and Information Technology, adding that the centre is expected to train 1,000 AI engineers from ASEAN countries by the end of 2026.

The launch builds on the China-Laos AI Innovation Cooperation Center, which opened in Vientiane in 2024 and has since trained more than 300 Lao technicians. Laotian officials attending the ceremony said they hoped to extend the model to rural clinics.

At the expo, Chinese firms also showcased large language models adapted to Vietnamese, Thai and Bahasa Indonesia. Huawei said it would open a cloud region serving the Philippines in the first quarter of 2026.

Organisers said the 23rd CAEXPO will take place in September 2026.

Related articles
Indonesia, Malaysia sign 5G roaming deal
Singapore data centre moratorium lifted
Myanmar junta blocks VPN services

© 2025 Xinhua News Agency. All rights reserved.`,
  gold: {
    countries: ["CN", "LA", "VN", "TH", "ID", "PH"],
    domains: ["ai", "digital-skills", "computing-power", "cloud"],
    initiatives: [
      "china-asean-ai-innovation-cooperation-center",
      "caexpo-digital-ai-themes",
      "china-laos-ai-innovation-cooperation-center",
    ],
    events: [
      { date: "2025-09-17", precision: "day" },
      { date: "2026-Q4", precision: "quarter" },
      { date: "2024", precision: "year" },
      { date: "2026-Q1", precision: "quarter" },
      { date: "2026-09", precision: "month" },
    ],
  },
};
