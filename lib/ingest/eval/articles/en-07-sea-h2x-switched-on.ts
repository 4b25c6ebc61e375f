import type { EvalArticle } from "../types";

// Written for the status-change suggestions (issue 15): a cable switched on, and an older cable's end retold.
export const article: EvalArticle = {
  id: "en-07-sea-h2x-switched-on",
  language: "en",
  title: "China Mobile switches on SEA-H2X capacity to Malaysia and the Philippines",
  publishedOn: "2026-03-04",
  text: `China Mobile switches on SEA-H2X capacity to Malaysia and the Philippines

HONG KONG, March 4 (Wire) -- China Mobile switched on the first commercial capacity on the Southeast Asia-Hainan-Hong Kong Express (SEA-H2X) on 2 March 2026, connecting Hong Kong and Hainan with landing stations in the Philippines and Malaysia, the operator said on Wednesday.

The 5,000-kilometre system was laid by HMN Technologies. A branch to Thailand is scheduled to be ready in the fourth quarter of 2026.

The operator also recalled that the Bay to Bay Express cable, which it had backed with partners in Singapore and Malaysia, was abandoned in August 2021 after permits stalled.

Share this article`,
  // SEA-H2X was held as in progress until this report; Bay to Bay Express had long been recorded as cancelled.
  statusesBefore: { "sea-h2x-submarine-cable": "in-progress", "bay-to-bay-express-cable": "cancelled" },
  gold: {
    countries: ["CN", "PH", "MY", "TH", "SG"],
    domains: ["submarine-cables"],
    initiatives: ["sea-h2x-submarine-cable", "bay-to-bay-express-cable"],
    events: [
      { date: "2026-03-02", precision: "day" },
      { date: "2026-03-04", precision: "day" },
      { date: "2026-Q4", precision: "quarter" },
      { date: "2021-08", precision: "month" },
    ],
    transitions: [{ initiative: "sea-h2x-submarine-cable", to: "operational", date: "2026-03-02" }],
  },
};
