import type { EvalArticle } from "../types";

// Trade-fair report: German translations of catalog names, an FTA upgrade, and a navigation crumb trail.
export const article: EvalArticle = {
  id: "de-04-expo-ki-gipfel",
  language: "de",
  title: "China-ASEAN-Expo: KI steht im Mittelpunkt",
  publishedOn: "2025-09-18",
  text: `Sie sind hier: Startseite › Wirtschaft › Asien

China-ASEAN-Expo: KI steht im Mittelpunkt

Die 22. China-ASEAN-Expo in Nanning ist am Mittwoch mit einem Rekord von mehr als 3.200 Ausstellern eröffnet worden. Erstmals widmet die Messe der künstlichen Intelligenz eine eigene Halle. Parallel dazu fand der China-ASEAN AI Summit statt, auf dem Vertreter aus Vietnam, Indonesien und Malaysia über gemeinsame Standards für KI-Anwendungen berieten.

Der chinesische Vizepremier betonte in seiner Eröffnungsrede, China sei bereit, Rechenkapazitäten und Open-Source-Modelle mit den südostasiatischen Partnern zu teilen. Konkret sollen Unternehmen aus der Region bis 2027 Zugang zu einem gemeinsamen Netz von Rechenzentren in Guangxi erhalten.

Rückenwind erhält die Zusammenarbeit durch das Upgrade-Protokoll zur Freihandelszone ACFTA 3.0, das Ende Oktober unterzeichnet werden soll. Es enthält erstmals ein eigenes Kapitel zur digitalen Wirtschaft, unter anderem zu E-Commerce und papierlosem Handel.

Die Messe war 2004 ins Leben gerufen worden und findet seitdem jedes Jahr im September statt. Die Veranstalter rechnen in diesem Jahr mit über 100.000 Fachbesuchern.

Teilen: Facebook X WhatsApp E-Mail`,
  gold: {
    countries: ["CN", "VN", "ID", "MY"],
    domains: ["ai", "computing-power", "data-centres", "digital-trade"],
    initiatives: ["caexpo-digital-ai-themes", "china-asean-ai-summit", "acfta-3-0-upgrade-protocol"],
    events: [
      { date: "2025-09-17", precision: "day" },
      { date: "2027", precision: "year" },
      { date: "2025-10", precision: "month" },
      { date: "2004", precision: "year" },
      { date: "2025", precision: "year" },
    ],
  },
};
