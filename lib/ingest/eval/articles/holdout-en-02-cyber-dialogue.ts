import type { EvalArticle } from "../types";

// Held out: written after the extractors were tuned and scored once untouched (see the commit adding it).
export const article: EvalArticle = {
  id: "holdout-en-02-cyber-dialogue",
  language: "en",
  split: "holdout",
  title: "Manila hosts ASEAN-China cyber talks amid scam-centre crackdown",
  publishedOn: "2025-03-17",
  text: `Manila hosts ASEAN-China cyber talks amid scam-centre crackdown

MANILA, March 17 (PNA) -- Philippine and Chinese officials on Friday co-chaired the 3rd ASEAN–China Cyber Dialogue, where delegates agreed to share threat intelligence on ransomware groups and online fraud syndicates operating along the Mekong.

The dialogue, first convened in 2019, now covers critical-infrastructure protection, cybercrime and personal data protection. Filipino officials said a joint training course for computer emergency response teams would be held in Nanning in June.

Cambodia and Myanmar, where thousands of trafficked workers were rescued from scam compounds in early 2025, sent observers from their police forces. "No country can fight transnational cybercrime alone," said the Philippine undersecretary.

Delegates also discussed using the China-ASEAN Information Port in Nanning as a hub for incident reporting. The next round is planned for the first half of 2026 in China.

Editing by Mark Cruz`,
  gold: {
    countries: ["PH", "CN", "KH", "MM"],
    domains: ["cybersecurity", "digital-skills"],
    initiatives: ["asean-china-cyber-dialogue", "china-asean-information-harbor"],
    events: [
      { date: "2025-03-14", precision: "day" },
      { date: "2019", precision: "year" },
      { date: "2025-06", precision: "month" },
      { date: "2025-Q1", precision: "quarter" },
      { date: "2026", precision: "year" },
    ],
  },
};
