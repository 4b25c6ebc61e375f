import type { EvalArticle } from "../types";

// Central-bank payments story; the country is mostly named through adjectives.
export const article: EvalArticle = {
  id: "en-03-payments-mbridge",
  language: "en",
  title: "Thai and Chinese central banks expand QR payment link, eye mBridge settlement",
  publishedOn: "2025-03-05",
  text: `Thai and Chinese central banks expand QR payment link, eye mBridge settlement

BANGKOK (Reuters) - The Bank of Thailand and the People's Bank of China will let tourists pay with QR codes in both directions from next month, the Thai central bank said yesterday, extending a link first piloted last November.

Under the arrangement, Chinese visitors can scan PromptPay codes with their mobile wallets while Thai travellers can pay at merchants in Kunming and Guangzhou. Settlement will run through local-currency accounts rather than the US dollar.

The two central banks are also members of Project mBridge, the multi-CBDC platform for cross-border payments that reached its minimum viable product stage in mid-2024. The Bank for International Settlements withdrew from the project in October 2024, handing it over to the participating central banks, which now include Saudi Arabia's.

Officials said a first mBridge transaction between Thai and Chinese commercial banks could follow in the third quarter of 2025. The project's supporters argue it can cut the cost and time of cross-border transfers, while critics worry about data protection and sanctions risk.

The move comes as ASEAN members push regional payment connectivity: a QR network linking most Southeast Asian economies is due to be completed by 2027.

Reporting by Chayut Setboonsarng; Editing by Ed Davies`,
  gold: {
    countries: ["TH", "CN"],
    domains: ["digital-payments"],
    initiatives: ["project-mbridge"],
    events: [
      { date: "2025-04", precision: "month" },
      { date: "2025-03-04", precision: "day" },
      { date: "2024-11", precision: "month" },
      { date: "2024", precision: "year" },
      { date: "2024-10", precision: "month" },
      { date: "2025-Q3", precision: "quarter" },
      { date: "2027", precision: "year" },
    ],
  },
};
