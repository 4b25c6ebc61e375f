import type { EvalArticle } from "../types";

// Magazine piece on cross-border e-commerce; relative dates and a print/share bar glued together.
export const article: EvalArticle = {
  id: "de-05-seidenstrasse-ecommerce",
  language: "de",
  title: "Digitale Seidenstraße: Onlinehandel zwischen China und Südostasien boomt",
  publishedOn: "2025-05-27",
  text: `Digitale Seidenstraße: Onlinehandel zwischen China und Südostasien boomt

Drucken | Teilen | Merken

Der grenzüberschreitende Onlinehandel zwischen China und den südostasiatischen Staaten wächst rasant. Nach Angaben des chinesischen Handelsministeriums stieg das Volumen im ersten Quartal 2025 um 18 Prozent gegenüber dem Vorjahreszeitraum.

Ein Treiber ist die Initiative „Silk Road E-Commerce", über die China inzwischen mit mehr als 30 Ländern Kooperationsabkommen geschlossen hat, darunter mit Vietnam, Kambodscha und Laos. Vietnamesische Händler verkaufen Kaffee und Cashewkerne per Livestream an chinesische Kunden; kambodschanische Reisbauern nutzen chinesische Plattformen für den Export.

Letzten Monat eröffnete in Nanning zudem das China-ASEAN Digital Trade Center, ein Logistik- und Dienstleistungszentrum für kleine Online-Händler aus der Region. Bis Ende des Jahres sollen dort 500 Unternehmen angesiedelt sein.

Für die Bezahlung setzen viele Händler auf mobiles Bezahlen per QR-Code. Probleme bereiten dagegen unterschiedliche Regeln beim Verbraucherschutz. Mitte 2024 hatten die Handelsminister vereinbart, bis 2026 gemeinsame Standards für den digitalen Handel zu entwickeln.

Schlagworte: E-Commerce, China, ASEAN, Indonesien`,
  gold: {
    countries: ["CN", "VN", "KH", "LA"],
    domains: ["digital-trade", "digital-payments"],
    initiatives: ["silk-road-e-commerce-cooperation", "china-asean-digital-trade-centre"],
    events: [
      { date: "2025-Q1", precision: "quarter" },
      { date: "2025-04", precision: "month" },
      { date: "2025-Q4", precision: "quarter" },
      { date: "2024", precision: "year" },
      { date: "2026", precision: "year" },
    ],
  },
};
