import type { EvalArticle } from "../types";

// Trade-press piece on submarine cables, with a cookie banner and a newsletter box.
export const article: EvalArticle = {
  id: "en-02-cables-adc",
  language: "en",
  title: "Asia Direct Cable goes live as regional subsea capacity race heats up",
  publishedOn: "2025-06-20",
  text: `We use cookies to improve your experience. By continuing to browse you agree to our cookie policy. Accept | Manage preferences

Home > Telecoms > Subsea

Asia Direct Cable goes live as regional subsea capacity race heats up
By Priya Raman | 20 June 2025

The Asia Direct Cable (ADC), a 9,400-kilometre submarine cable linking Singapore, Thailand, Vietnam, the Philippines, Hong Kong and Japan, entered commercial service on 16 June 2025, consortium members said on Tuesday.

China Telecom and China Mobile are among the investors in the system, alongside Singtel, PLDT, Viettel and National Telecom of Thailand. The cable carries more than 140 terabits per second and was built by NEC.

ADC's completion had slipped from an original target of late 2023 after permitting delays in the South China Sea, where several cable projects have faced scrutiny from regional governments.

Operators say demand is being driven by hyperscale data centre construction in Johor and Batam and by the growth of AI workloads. "Every new data centre campus in the region needs diverse submarine routes," said an analyst at TeleGeography.

Two further systems are due soon. The Southeast Asia-Hainan-Hong Kong Express (SEA-H2X), backed by China Mobile, is scheduled to land in Malaysia and the Philippines in Q3 2026, while the Asia Link Cable, connecting Singapore, the Philippines and Brunei, is targeted for the fourth quarter of 2026.

A spokesperson for Viettel said the Vietnamese operator was also upgrading its landing station in Quy Nhon.

Subscribe to our newsletter
Get the week's subsea news every Friday.

Copyright © 2025 Capacity Media Ltd.`,
  // The tracker held the cable as in progress until it entered service.
  statusesBefore: { "asia-direct-cable": "in-progress" },
  gold: {
    countries: ["SG", "TH", "VN", "PH", "CN", "MY", "BN"],
    domains: ["submarine-cables", "data-centres"],
    initiatives: ["asia-direct-cable", "sea-h2x-submarine-cable", "asia-link-cable"],
    events: [
      { date: "2025-06-16", precision: "day" },
      { date: "2025-06-17", precision: "day" },
      { date: "2023-Q4", precision: "quarter" },
      { date: "2026-Q3", precision: "quarter" },
      { date: "2026-Q4", precision: "quarter" },
    ],
    transitions: [{ initiative: "asia-direct-cable", to: "operational", date: "2025-06-16" }],
  },
};
