import type { EvalArticle } from "../types";

// Agency report on cyber cooperation: collective ASEAN references, "Indochina", a typo'd dialogue name.
export const article: EvalArticle = {
  id: "de-06-cyberdialog",
  language: "de",
  title: "China und ASEAN vereinbaren engere Zusammenarbeit gegen Cyberkriminalität",
  publishedOn: "2025-12-04",
  text: `Singapur (AFP) – China und die ASEAN-Mitglieder wollen gemeinsam gegen Online-Betrugszentren und Cyberangriffe vorgehen. Das vereinbarten Vertreter beider Seiten gestern beim 4. ASEAN-China Cyber-Dialogue in Singapur, wie das Außenministerium des Stadtstaats mitteilte.

Im Mittelpunkt stehen die Betrugsfabriken im Grenzgebiet von Myanmar, Kambodscha und Laos, in denen nach UN-Schätzungen Hunderttausende Menschen zur Arbeit gezwungen werden. Allein im dritten Quartal 2025 seien mehr als 7.000 Menschen aus solchen Lagern befreit worden.

Die Cybersicherheitsbehörden wollen künftig Warnungen über Angriffe in Echtzeit austauschen und bis Mitte 2026 ein gemeinsames Lagezentrum in Kunming einrichten. Zudem sollen Fragen des Datenschutzes und der grenzüberschreitenden Datenflüsse in einem neuen Arbeitsprogramm behandelt werden.

Die Region des früheren Indochina gilt als besonders betroffen. Birma, wie Myanmar auch genannt wird, hatte im Oktober angekündigt, die Internetverbindungen zu den bekannten Betrugszentren zu kappen.

Der erste Cyber-Dialog zwischen China und ASEAN hatte im Jahr 2019 stattgefunden.

Copyright AFP. Alle Rechte vorbehalten.
Weitere Artikel
Philippinen: Hackerangriff auf Wahlbehörde
Thailand sperrt 2.000 Konten`,
  gold: {
    countries: ["CN", "SG", "MM", "KH", "LA"],
    domains: ["cybersecurity"],
    initiatives: ["asean-china-cyber-dialogue"],
    events: [
      { date: "2025-12-03", precision: "day" },
      { date: "2025-Q3", precision: "quarter" },
      { date: "2026", precision: "year" },
      { date: "2025-10", precision: "month" },
      { date: "2019", precision: "year" },
    ],
  },
};
