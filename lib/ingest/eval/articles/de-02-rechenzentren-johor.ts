import type { EvalArticle } from "../types";

// Business-press article behind a cookie wall, with an ad label and a teaser list.
export const article: EvalArticle = {
  id: "de-02-rechenzentren-johor",
  language: "de",
  title: "Chinesische Cloud-Anbieter bauen Rechenzentren in Malaysia",
  publishedOn: "2025-07-10",
  text: `Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. Mit „Akzeptieren" stimmen Sie der Nutzung zu. Datenschutzerklärung | Einstellungen

Anzeige

Startseite > Technologie > Digitalisierung

Chinesische Cloud-Anbieter bauen Rechenzentren in Malaysia

Von Katrin Berger

Der Boom bei Rechenzentren im südmalaysischen Bundesstaat Johor zieht zunehmend chinesische Investoren an. Wie die malaysische Investitionsbehörde MIDA am Dienstag mitteilte, haben zwei chinesische Cloud-Konzerne Genehmigungen für neue Rechenzentren mit zusammen 300 Megawatt Leistung erhalten. Der erste Bauabschnitt soll im dritten Quartal 2026 in Betrieb gehen.

Hintergrund ist die wachsende Nachfrage nach Rechenleistung für KI-Anwendungen in der Region. Neben Malaysia gelten Indonesien und Thailand als wichtigste Standorte; Singapur hatte nach einem Moratorium von 2019 bis 2022 nur noch wenige neue Projekte zugelassen.

Die Investitionen fallen in eine Zeit, in der Peking und Kuala Lumpur ihre digitale Zusammenarbeit ausbauen. Bereits Ende 2024 hatten beide Regierungen vereinbart, beim Datenschutz und bei grenzüberschreitenden Datenflüssen enger zu kooperieren.

Kritiker verweisen auf den hohen Strom- und Wasserverbrauch. Ein Rechenzentrum dieser Größe benötige so viel Energie wie eine Stadt mit 200.000 Einwohnern, heißt es in einer Studie der Universität Malaya vom Mai 2025.

Mehr zum Thema
Vietnam öffnet Markt für ausländische Cloud-Dienste
Huawei eröffnet KI-Zentrum in Bangkok

© Handelsblatt GmbH – Alle Rechte vorbehalten`,
  gold: {
    countries: ["CN", "MY", "ID", "TH", "SG"],
    domains: ["data-centres", "cloud", "cybersecurity"],
    initiatives: [],
    events: [
      { date: "2025-07-08", precision: "day" },
      { date: "2026-Q3", precision: "quarter" },
      { date: "2024-Q4", precision: "quarter" },
      { date: "2025-05", precision: "month" },
    ],
  },
};
