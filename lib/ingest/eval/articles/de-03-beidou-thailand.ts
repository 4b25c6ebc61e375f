import type { EvalArticle } from "../types";

// Wire report (dpa style) on satellite navigation; countries mostly as German adjectives.
export const article: EvalArticle = {
  id: "de-03-beidou-thailand",
  language: "de",
  title: "Beidou-Navigation: Thailand und Laos setzen auf chinesisches Satellitensystem",
  publishedOn: "2025-11-03",
  text: `Bangkok/Vientiane (dpa) - Thailändische und laotische Behörden wollen das chinesische Satellitennavigationssystem Beidou künftig für Landwirtschaft, Katastrophenschutz und die Eisenbahn nutzen. Eine entsprechende Absichtserklärung unterzeichneten Vertreter beider Länder am Freitag in Nanning mit dem China-ASEAN-Beidou/GNSS-Zentrum.

Das Zentrum wurde 2019 eröffnet und betreibt nach eigenen Angaben inzwischen mehr als 20 Referenzstationen in Südostasien. Bis Ende 2026 sollen weitere zwölf Stationen in Thailand und Laos hinzukommen.

In Thailand wird Beidou bereits seit 2013 für präzise Vermessung genutzt. Die thailändische Regierung hatte im vergangenen März angekündigt, das System mit eigenen Bodenstationen zu ergänzen. Laotische Techniker sollen ab Januar 2026 in China geschult werden.

Neben der Navigation geht es auch um Fernerkundung: Ein chinesisch-laotischer Erdbeobachtungssatellit soll Daten für die Überwachung der Mekong-Region liefern. Der Start ist für das zweite Quartal 2026 geplant.

Kritiker in den ASEAN-Staaten warnen vor einer wachsenden technologischen Abhängigkeit von der Volksrepublik.

dpa bb xx yyzz n1 mbi`,
  gold: {
    countries: ["TH", "LA", "CN"],
    domains: ["satellites", "digital-skills"],
    initiatives: ["china-asean-beidou-cooperation"],
    events: [
      { date: "2025-10-31", precision: "day" },
      { date: "2019", precision: "year" },
      { date: "2026-Q4", precision: "quarter" },
      { date: "2013", precision: "year" },
      { date: "2025-03", precision: "month" },
      { date: "2026-01", precision: "month" },
      { date: "2026-Q2", precision: "quarter" },
    ],
  },
};
