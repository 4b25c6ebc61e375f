import type { EvalArticle } from "../types";

// ASEAN-only story: China is never named ("Indochina" must not count), official long-form country names.
export const article: EvalArticle = {
  id: "en-04-defa-negotiations",
  language: "en",
  title: "ASEAN ministers close in on digital economy framework deal",
  publishedOn: "2025-10-29",
  text: `ASEAN ministers close in on digital economy framework deal

KUALA LUMPUR, Oct 29 (Bernama) -- Negotiators from the ten ASEAN member states have concluded talks on 90 per cent of the ASEAN Digital Economy Framework Agreement, the chair of the negotiating committee told reporters today.

The agreement, known as DEFA, would be the world's first region-wide digital economy pact. It covers cross-border data flows, e-commerce, electronic invoicing, digital identity and online consumer protection, and is expected to double the value of the region's digital economy to US$2 trillion by 2030.

Viet Nam and the Lao PDR have asked for longer transition periods on data localisation rules, while Brunei Darussalam and Singapore pushed for binding commitments on paperless trade. Officials from the former Indochina states said capacity-building support would be essential for their regulators.

Negotiators met for the 14th round in Siem Reap on 6-8 October. The final round is scheduled for January 2026, with signature targeted at the 48th ASEAN Summit later that year.

Separately, the ministers endorsed a cybersecurity cooperation roadmap that would set up a regional computer emergency response team by end of 2026 and align national rules on personal data protection.

"ASEAN countries cannot afford 10 different rulebooks for the digital economy," Malaysian Digital Minister Gobind Singh Deo said.

Tags: ASEAN, DEFA, digital trade, China, Thailand
Source: Bernama`,
  gold: {
    countries: ["VN", "LA", "BN", "SG", "MY"],
    domains: ["digital-trade", "cybersecurity"],
    initiatives: ["asean-defa"],
    events: [
      { date: "2025-10-29", precision: "day" },
      { date: "2030", precision: "year" },
      { date: "2025-10-06", precision: "day" },
      { date: "2026-01", precision: "month" },
      { date: "2026", precision: "year" },
      { date: "2026-Q4", precision: "quarter" },
    ],
  },
};
