import type { EvalArticle } from "../types";

// Written for the status-change suggestions (issue 15): a ministerial format replaced by its successor, a fibre
// project cancelled without a name the catalog knows, and a proposal still unagreed.
export const article: EvalArticle = {
  id: "en-08-telmin-replaced",
  language: "en",
  title: "ASEAN and China move telecoms talks to a digital ministers' format",
  publishedOn: "2021-02-10",
  text: `ASEAN and China move telecoms talks to a digital ministers' format

JAKARTA (Wire) - The ASEAN-China Telecommunications and IT Ministers Meeting (TELMIN+China) was replaced by the ASEAN-China Digital Ministers' Meeting in January 2021, officials said, after the region's telecoms ministries took on digital portfolios.

The first meeting in the new format, held online on 22 January 2021, approved a work plan on 5G, cybersecurity and digital skills for the year.

Separately, a Thai official said a fibre-optic link planned with Laos had been cancelled in 2020 when its financing collapsed. Indonesia and Viet Nam asked for more training for network engineers.`,
  statusesBefore: { "asean-china-telmin": "operational", "china-asean-digital-ministers-meeting": "proposed" },
  gold: {
    countries: ["CN", "TH", "LA", "ID", "VN"],
    domains: ["digital-skills"],
    initiatives: ["asean-china-telmin", "china-asean-digital-ministers-meeting"],
    events: [
      { date: "2021-01", precision: "month" },
      { date: "2021-01-22", precision: "day" },
      { date: "2020", precision: "year" },
    ],
    transitions: [{ initiative: "asean-china-telmin", to: "superseded", date: "2021-01" }],
  },
};
