import type { EvalArticle } from "../types";

// Held out: written after the extractors were tuned and scored once untouched (see the commit adding it).
export const article: EvalArticle = {
  id: "holdout-de-01-seekabel-vietnam",
  language: "de",
  split: "holdout",
  title: "Vietnam setzt auf neue Seekabel – Störungen legen Internet lahm",
  publishedOn: "2025-11-20",
  text: `Startseite › Ausland › Asien

Vietnam setzt auf neue Seekabel – Störungen legen Internet lahm

Hanoi. Nach wiederholten Ausfällen seiner Unterseekabel will Vietnam bis 2030 mindestens zehn neue internationale Verbindungen in Betrieb nehmen. Das kündigte das Ministerium für Wissenschaft und Technologie am Mittwoch an.

Im vergangenen Jahr waren zeitweise alle fünf Seekabel des Landes gleichzeitig beschädigt, das Internet war wochenlang stark verlangsamt. Besonders betroffen war die Asia-Africa-Europe-1-Verbindung.

Als Ausweichroute dient seit Anfang 2025 das Southeast Asia–Japan Cable 2 (SJC2), an dem der staatliche Konzern Viettel beteiligt ist. Zudem wurden die grenzüberschreitenden Landkabel nach China ausgebaut; über sie läuft inzwischen ein Fünftel des internationalen Datenverkehrs.

Ein weiteres Kabel, das Vietnam mit Singapur und Malaysia verbinden soll, befindet sich im Bau und soll im zweiten Quartal 2027 fertig werden. Chinesische und japanische Zulieferer konkurrieren um den Auftrag.

Artikel teilen: Facebook | X | E-Mail`,
  gold: {
    countries: ["VN", "CN", "SG", "MY"],
    domains: ["submarine-cables", "terrestrial-cables"],
    initiatives: ["sjc2-submarine-cable"],
    events: [
      { date: "2030", precision: "year" },
      { date: "2025-11-19", precision: "day" },
      { date: "2024", precision: "year" },
      { date: "2025-Q1", precision: "quarter" },
      { date: "2027-Q2", precision: "quarter" },
    ],
  },
};
