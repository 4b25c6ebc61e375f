import type { EvalArticle } from "../types";

// Held out: written after the extractors were tuned and scored once untouched (see the commit adding it).
export const article: EvalArticle = {
  id: "holdout-en-01-cloud-indonesia",
  language: "en",
  split: "holdout",
  title: "Chinese cloud giants race to build capacity in Indonesia and Thailand",
  publishedOn: "2025-05-14",
  text: `Sign in
Advertisement

Chinese cloud giants race to build capacity in Indonesia and Thailand

JAKARTA -- Alibaba Cloud opened its third data centre in Indonesia last month and plans a fourth by mid-2026, the company said on Monday, as Chinese providers compete with U.S. hyperscalers for Southeast Asian customers.

Huawei Cloud, which launched a region in Bangkok in 2023, said it would add GPU clusters for AI training in Thailand in the third quarter of 2025. Tencent Cloud is also expanding in Jakarta.

Indonesian officials welcome the investment but want data to stay onshore. A government regulation issued in October 2024 requires public-sector data to be stored in national facilities, and the communications ministry is drafting rules on cross-border data transfers.

The push comes as Beijing promotes a China-ASEAN computing-power partnership. Analysts at a Singapore-based consultancy expect cloud spending in the region to grow 20% a year until 2030.

Malaysian and Vietnamese markets are next on the list, executives said.

Read more: Singapore's data centre pause ends; Philippine telcos bet on 5G`,
  gold: {
    countries: ["CN", "ID", "TH", "SG", "MY", "VN"],
    domains: ["cloud", "data-centres", "computing-power", "cybersecurity", "ai"],
    initiatives: ["computing-power-interconnection-partnership-plan"],
    events: [
      { date: "2025-04", precision: "month" },
      { date: "2026", precision: "year" },
      { date: "2025-05-12", precision: "day" },
      { date: "2023", precision: "year" },
      { date: "2025-Q3", precision: "quarter" },
      { date: "2024-10", precision: "month" },
      { date: "2030", precision: "year" },
    ],
  },
};
