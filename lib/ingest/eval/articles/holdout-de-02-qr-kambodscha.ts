import type { EvalArticle } from "../types";

// Held out: written after the extractors were tuned and scored once untouched (see the commit adding it).
export const article: EvalArticle = {
  id: "holdout-de-02-qr-kambodscha",
  language: "de",
  split: "holdout",
  title: "Kambodscha und China verknüpfen QR-Zahlungssysteme",
  publishedOn: "2025-08-05",
  text: `Kambodscha und China verknüpfen QR-Zahlungssysteme

Phnom Penh (dpa) - Chinesische Touristen können in Kambodscha künftig mit ihren gewohnten Bezahl-Apps einkaufen. Die kambodschanische Nationalbank und die chinesische Zentralbank haben am Montag eine Vereinbarung über die Verknüpfung ihrer QR-Code-Systeme unterzeichnet.

Der Start ist für das vierte Quartal 2025 geplant. Zunächst sollen Händler in Phnom Penh und Siem Reap teilnehmen, ab 2026 das ganze Land.

Kambodscha hatte bereits im Jahr 2020 mit Bakong ein eigenes digitales Zahlungssystem auf Blockchain-Basis eingeführt. Verbindungen zu Thailand, Vietnam und Laos bestehen schon. Mit der digitalen Währung Chinas, dem E-CNY, soll Bakong nach Angaben der Nationalbank dagegen vorerst nicht verbunden werden.

Beobachter sehen in dem Schritt auch einen Beitrag zur Entdollarisierung des Landes. Bislang wird in Kambodscha ein großer Teil der Geschäfte in US-Dollar abgewickelt.

© dpa-infocom, dpa:250805-930-123456/1`,
  gold: {
    countries: ["KH", "CN", "TH", "VN", "LA"],
    domains: ["digital-payments"],
    initiatives: [],
    events: [
      { date: "2025-08-04", precision: "day" },
      { date: "2025-Q4", precision: "quarter" },
      { date: "2026", precision: "year" },
      { date: "2020", precision: "year" },
    ],
  },
};
