import type { EvalArticle } from "../types";

// Own paraphrase of a german.china.org.cn report (January 2025), with that portal's page chrome.
export const article: EvalArticle = {
  id: "de-01-digitale-zusammenarbeit",
  language: "de",
  title: "China und ASEAN wollen digitale Zusammenarbeit ausbauen",
  publishedOn: "2025-01-22",
  text: `Share
Home> International

China und ASEAN

Digitale Zusammenarbeit soll ausgebaut werden

german.china.org.cn  |
22.01.2025

Peking will seine digitale Kooperation mit dem Verband Südostasiatischer Nationen (ASEAN) im Jahr 2025 mit neuen Rahmenplänen vertiefen. Im Mittelpunkt stehen der Ausbau der digitalen Infrastruktur, die Förderung von Cloud-Computing und eine bessere Regulierung künstlicher Intelligenz (KI), wie ein Vertreter des Ministeriums für Industrie und Informationstechnologie erklärte.

Xu Chaofeng, Leiter der Abteilung für internationale Zusammenarbeit im Ministerium, kündigte gegenüber der Presse an, gemeinsam mit ASEAN einen neuen Fünf-Jahres-Aktionsplan für den Aufbau eines nachhaltigen und integrativen digitalen Ökosystems zu erarbeiten.

Die Äußerungen fielen nach dem 5. ASEAN-Treffen der zuständigen Minister für Digitalisierung und dem 2. chinesisch-thailändischen Ministerdialog über die Zusammenarbeit in der digitalen Wirtschaft, die vergangene Woche in Thailand stattgefunden hatten.

China verbindet nach eigenen Angaben bereits über 30 grenzüberschreitende terrestrische optische Kabel mit den Märkten der ASEAN-Mitglieder. Als nächsten Schritt schlägt Peking die Gründung eines asiatischen Unterseekabelverbands vor, außerdem einen Partnerschaftsplan für den Zusammenschluss von Computing-Kapazitäten.

Weitere Schwerpunkte seien 5G, Cloud Computing, Rechenzentren und das Internet der Dinge. Zudem planen beide Seiten ein China-ASEAN-Kooperationszentrum für künstliche Intelligenz, das KI-Projekte bündeln soll.

Auch die Ausbildung digitaler Fachkräfte und der Aufbau von Talenten in der Region sollen gestärkt werden, so Xu.

Yu Xiaohui, Präsident der Chinesischen Akademie für Informations- und Kommunikationstechnologie, betonte, Chinas Erfahrungen bei 5G und KI passten zu den Bedürfnissen der ASEAN-Staaten in Tourismus und Landwirtschaft.

Diesen Artikel DruckenMerkenSendenFeedback

Quelle: german.china.org.cn

Schlagworte: China,ASEAN,Zusammenarbeit,KI,Cloud-Computing,Vietnam`,
  gold: {
    countries: ["CN", "TH"],
    domains: ["ai", "cloud", "terrestrial-cables", "submarine-cables", "computing-power", "digital-skills", "5g"],
    initiatives: [
      "digital-ecosystem-action-plan-2026-2030",
      "asean-digital-ministers-meeting",
      "china-thailand-digital-economy-ministerial-dialogue",
      "cross-border-terrestrial-optical-cables",
      "asian-submarine-cable-association",
      "computing-power-interconnection-partnership-plan",
      "china-asean-ai-innovation-cooperation-center",
    ],
    events: [
      { date: "2025", precision: "year" },
      { date: "2025-01", precision: "month" },
    ],
  },
};
