import type { EvalArticle } from "../types";

// Written for the status-change suggestions (issue 15): construction of a planned cable begins.
export const article: EvalArticle = {
  id: "de-07-ema-baubeginn",
  language: "de",
  title: "Baubeginn für chinesisches Seekabel nach Singapur",
  publishedOn: "2026-01-20",
  text: `Baubeginn für chinesisches Seekabel nach Singapur

Peking/Singapur. Für das Seekabel EMA (Europe-Middle East-Asia) chinesischer Netzbetreiber hat am 12. Januar 2026 der Bau begonnen, wie die beteiligten Unternehmen mitteilten. Die Verbindung soll Singapur über den Nahen Osten mit Europa verbinden und 2028 in Betrieb gehen.

Das Vorhaben gilt als Antwort Chinas auf Kabelprojekte, an denen chinesische Firmen nicht mehr beteiligt sind.

Mehr zum Thema`,
  statusesBefore: { "ema-europe-middle-east-asia-cable": "proposed" },
  gold: {
    countries: ["CN", "SG"],
    domains: ["submarine-cables"],
    initiatives: ["ema-europe-middle-east-asia-cable"],
    events: [
      { date: "2026-01-12", precision: "day" },
      { date: "2028", precision: "year" },
    ],
    transitions: [{ initiative: "ema-europe-middle-east-asia-cable", to: "in-progress", date: "2026-01-12" }],
  },
};
