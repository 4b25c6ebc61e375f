// Sentences for the synthetic scale data in English, German and Chinese: what happened to an initiative (the same
// event told in each language, so a German article can be quoted for an English milestone), plus background filler.
import { COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import type { MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import type { Rng } from "./scale-random";
import { EVENTS, type Place, type Trilingual } from "./scale-vocabulary";

export type Lang = keyof Trilingual;

export type Story = {
  name: Trilingual;
  partner: CountryCode;
  place: Place;
  lead: Trilingual;
  other: Trilingual;
};

export type EventSpec = { kind: MilestoneKind; planned: boolean; n: number; event: Trilingual; year: number };

const ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
const country = (code: CountryCode): Trilingual => {
  const c = COUNTRY_INFO[code];
  return { en: c.nameEn, de: c.nameDe, zh: c.nameZh };
};

/** One sentence telling `e` about the story's initiative in `lang`. Deterministic, so a quote can be located. */
export function renderEvent(lang: Lang, e: EventSpec, s: Story): string {
  const name = s.name[lang];
  const city = s.place[lang];
  const lead = s.lead[lang];
  const other = s.other[lang];
  const partner = country(s.partner)[lang];
  const ev = e.event[lang];
  const ord = Math.min(e.n % 8, 7);
  if (lang === "en") {
    if (e.planned) return `The ${name} is expected to reach the stage "${e.kind.replace(/-/g, " ")}" in ${e.year}, according to ${lead}.`;
    switch (e.kind) {
      case "announced": return `${lead} announced the ${name} at the ${ev} in ${city}.`;
      case "proposed": return `${lead} proposed the ${name} during talks with ${partner} in ${city}.`;
      case "agreed": return `China and ${partner} agreed to establish the ${name}.`;
      case "signed": return `${lead} and ${other} signed a memorandum of understanding on the ${name} in ${city}.`;
      case "adopted": return `The ${ev} adopted an action plan for the ${name}.`;
      case "launched": return `The ${name} was officially launched in ${city} in the presence of officials from ${partner}.`;
      case "construction-started": return `Construction of the ${name} began in ${city}, with ${other} as contractor.`;
      case "in-service": return `The ${name} entered commercial service with a capacity of ${e.n * 10} units.`;
      case "meeting-held": return `The joint working group of the ${name} held its ${ORDINALS_EN[ord]} meeting in ${city}.`;
      case "completed": return `The ${name} was completed and handed over to ${lead}.`;
      default: return otherEn(e.n, name, lead, city);
    }
  }
  if (lang === "de") {
    if (e.planned) return `Nach Angaben von ${lead} soll das Vorhaben ${name} ${e.year} die nächste Phase erreichen.`;
    switch (e.kind) {
      case "announced": return `${lead} kündigte auf ${ev} in ${city} das Projekt ${name} an.`;
      case "proposed": return `${lead} schlug bei Gesprächen mit ${partner} in ${city} das Projekt ${name} vor.`;
      case "agreed": return `China und ${partner} vereinbarten die Einrichtung des Projekts ${name}.`;
      case "signed": return `${lead} und ${other} unterzeichneten in ${city} eine Absichtserklärung zum Projekt ${name}.`;
      case "adopted": return `Auf ${ev} wurde ein Aktionsplan für das Projekt ${name} verabschiedet.`;
      case "launched": return `Das Projekt ${name} wurde in ${city} im Beisein von Vertretern aus ${partner} offiziell gestartet.`;
      case "construction-started": return `In ${city} begann der Bau für das Projekt ${name}; Auftragnehmer ist ${other}.`;
      case "in-service": return `Das Projekt ${name} ging mit einer Kapazität von ${e.n * 10} Einheiten in den kommerziellen Betrieb.`;
      case "meeting-held": return `Die gemeinsame Arbeitsgruppe des Projekts ${name} tagte zum ${ord + 1}. Mal in ${city}.`;
      case "completed": return `Das Projekt ${name} wurde fertiggestellt und an ${lead} übergeben.`;
      default: return `${lead} meldete für das Projekt ${name} ${e.n} neue Partnerunternehmen aus ${city}.`;
    }
  }
  if (e.planned) return `据${lead}介绍，${name}预计于${e.year}年进入下一阶段。`;
  switch (e.kind) {
    case "announced": return `${lead}在${city}举行的${ev}上宣布了${name}。`;
    case "proposed": return `${lead}在${city}与${partner}会谈时提出了${name}。`;
    case "agreed": return `中国与${partner}同意建立${name}。`;
    case "signed": return `${lead}与${other}在${city}签署了关于${name}的谅解备忘录。`;
    case "adopted": return `${ev}通过了${name}行动计划。`;
    case "launched": return `${name}在${city}正式启动，${partner}官员出席。`;
    case "construction-started": return `${name}在${city}开工建设，由${other}承建。`;
    case "in-service": return `${name}正式投入商用，容量达${e.n * 10}个单位。`;
    case "meeting-held": return `${name}联合工作组在${city}召开第${ord + 1}次会议。`;
    case "completed": return `${name}已竣工并移交给${lead}。`;
    default: return `${lead}表示，已有${e.n}家来自${city}的企业加入${name}。`;
  }
}

function otherEn(n: number, name: string, lead: string, city: string): string {
  switch (n % 4) {
    case 0: return `${lead} said ${n} engineers had been trained under the ${name}.`;
    case 1: return `A site survey for the ${name} was carried out near ${city}.`;
    case 2: return `${lead} reported that ${n} companies from ${city} had joined the ${name}.`;
    default: return `Investment in the ${name} reached ${n * 3} million US dollars, ${lead} said.`;
  }
}

/** A sentence reporting that the initiative is now in `status`. */
export function renderStatus(lang: Lang, status: Status, s: Story): string {
  const name = s.name[lang];
  const lead = s.lead[lang];
  const en: Record<Status, string> = {
    proposed: `The ${name} has been put forward by ${lead} but not yet agreed.`,
    agreed: `The parties have formally agreed on the ${name}.`,
    "in-progress": `Work on the ${name} is under way, ${lead} said.`,
    operational: `The ${name} is now operational.`,
    completed: `The ${name} has been completed.`,
    stalled: `There has been no visible progress on the ${name} for more than a year.`,
    cancelled: `The ${name} has been cancelled by the parties.`,
    superseded: `The ${name} has been replaced by a newer initiative.`,
  };
  const de: Record<Status, string> = {
    proposed: `Das Projekt ${name} wurde von ${lead} vorgeschlagen, ist aber noch nicht vereinbart.`,
    agreed: `Die Parteien haben das Projekt ${name} förmlich vereinbart.`,
    "in-progress": `Die Arbeiten am Projekt ${name} laufen, teilte ${lead} mit.`,
    operational: `Das Projekt ${name} ist inzwischen in Betrieb.`,
    completed: `Das Projekt ${name} ist abgeschlossen.`,
    stalled: `Beim Projekt ${name} gibt es seit über einem Jahr keine sichtbaren Fortschritte.`,
    cancelled: `Das Projekt ${name} wurde von den Parteien abgesagt.`,
    superseded: `Das Projekt ${name} wurde durch ein neueres Vorhaben ersetzt.`,
  };
  const zh: Record<Status, string> = {
    proposed: `${lead}提出了${name}，但尚未达成协议。`,
    agreed: `双方已正式就${name}达成一致。`,
    "in-progress": `${lead}表示，${name}正在推进中。`,
    operational: `${name}现已投入运营。`,
    completed: `${name}已经完成。`,
    stalled: `${name}一年多来没有明显进展。`,
    cancelled: `${name}已被双方取消。`,
    superseded: `${name}已被新的倡议取代。`,
  };
  return { en, de, zh }[lang][status];
}

/**
 * Background sentences that make a source realistic without concerning any one initiative. Most are about trade,
 * travel and diplomacy; only some mention the article's own topic (its initiative's kind of project), so searching
 * for "cable" finds articles about cables, not every article.
 */
export function fillerSentence(lang: Lang, rng: Rng, avoid?: Set<string>, topic?: Trilingual): string {
  for (let attempt = 0; attempt < 4; attempt++) {
    const sentence = oneFiller(lang, rng, topic);
    if (!avoid?.has(sentence)) {
      avoid?.add(sentence);
      return sentence;
    }
  }
  return oneFiller(lang, rng, topic);
}

const SECTORS: readonly Trilingual[] = [
  { en: "tourism", de: "Tourismus", zh: "旅游" }, { en: "agriculture", de: "Landwirtschaft", zh: "农业" },
  { en: "logistics", de: "Logistik", zh: "物流" }, { en: "renewable energy", de: "erneuerbare Energien", zh: "可再生能源" },
  { en: "education", de: "Bildung", zh: "教育" }, { en: "healthcare", de: "Gesundheitswesen", zh: "医疗卫生" },
  { en: "rail transport", de: "Schienenverkehr", zh: "铁路运输" }, { en: "manufacturing", de: "verarbeitendes Gewerbe", zh: "制造业" },
  { en: "fisheries", de: "Fischerei", zh: "渔业" }, { en: "culture", de: "Kultur", zh: "文化" },
];
const PRODUCTS: readonly Trilingual[] = [
  { en: "durian", de: "Durian", zh: "榴莲" }, { en: "rubber", de: "Kautschuk", zh: "橡胶" }, { en: "rice", de: "Reis", zh: "大米" },
  { en: "palm oil", de: "Palmöl", zh: "棕榈油" }, { en: "coffee", de: "Kaffee", zh: "咖啡" }, { en: "cassava", de: "Maniok", zh: "木薯" },
  { en: "seafood", de: "Meeresfrüchte", zh: "海产品" }, { en: "nickel", de: "Nickel", zh: "镍" }, { en: "bananas", de: "Bananen", zh: "香蕉" },
];

function oneFiller(lang: Lang, rng: Rng, topic?: Trilingual): string {
  const code = rng.pick(["VN", "ID", "TH", "MY", "LA", "KH", "PH", "SG", "MM", "BN", "TL"] as const);
  const c = country(code)[lang];
  const ev = rng.pick(EVENTS)[lang];
  const sector = rng.pick(SECTORS)[lang];
  const product = rng.pick(PRODUCTS)[lang];
  const n = rng.int(2, 95);
  const year = rng.int(2015, 2026);
  if (topic && rng.chance(0.2)) {
    const thing = topic[lang];
    return rng.pick({
      en: [`Analysts note that demand for ${thing.toLowerCase()} services in ${c} has outpaced supply.`, `Officials described the ${thing.toLowerCase()} as a priority of the digital economy agenda.`, `Similar projects of this kind (${thing}) are planned elsewhere in the region, according to industry sources.`],
      de: [`Beobachter erwarten, dass die Nachfrage nach Projekten wie ${thing} in ${c} weiter steigt.`, `Vertreter bezeichneten das Vorhaben (${thing}) als Priorität der digitalen Agenda.`],
      zh: [`分析人士指出，${c}对${thing}的需求持续增长。`, `官员表示，${thing}是数字经济议程的优先事项。`],
    }[lang]);
  }
  const templates: Record<Lang, string[]> = {
    en: [
      `Bilateral trade between China and ${c} reached ${n} billion US dollars in ${year}.`,
      `Exports of ${product} from ${c} to China rose by ${n} percent last year.`,
      `The government of ${c} has set a growth target of ${n % 9 + 2} percent for ${sector}.`,
      `Officials from both sides also discussed cooperation in ${sector}.`,
      `Tourist arrivals from China to ${c} recovered to ${n} percent of pre-pandemic levels.`,
      `The foreign ministers met on the sidelines of the ${ev}.`,
      `Both sides reaffirmed their commitment to the Regional Comprehensive Economic Partnership.`,
      `Local media in ${c} reported strong public interest in the announcement.`,
      `A spokesperson declined to comment on the financing terms.`,
      `Delegates also visited an industrial park and a vocational school during the trip.`,
      `Critics have questioned the transparency of the tender process.`,
      `The agreement still needs the approval of the cabinet in ${c}.`,
      `Some ${n} delegations attended the ${ev}, according to the organisers.`,
      `${n * 10} students from ${c} received scholarships to study in China this year.`,
      `The Digital Silk Road framework has guided Chinese investment abroad since ${year}.`,
      `Observers expect further announcements at the ${ev} in ${year}.`,
      `Freight volumes on the new rail link rose by ${n} percent in the first half of ${year}.`,
    ],
    de: [
      `Der bilaterale Handel zwischen China und ${c} erreichte ${year} rund ${n} Milliarden US-Dollar.`,
      `Die Ausfuhren von ${product} aus ${c} nach China stiegen im vergangenen Jahr um ${n} Prozent.`,
      `Beide Seiten sprachen auch über eine Zusammenarbeit im Bereich ${sector}.`,
      `Auf ${ev} werden regelmäßig neue Projekte der Region vorgestellt.`,
      `Kritiker bemängeln die fehlende Transparenz bei der Auftragsvergabe.`,
      `Nach Angaben der Veranstalter nahmen ${n} Delegationen an ${ev} teil.`,
      `Die Zahl chinesischer Touristen in ${c} erreichte ${n} Prozent des Niveaus vor der Pandemie.`,
      `Ein Sprecher wollte sich zu den Finanzierungsbedingungen nicht äußern.`,
      `Die Vereinbarung muss noch vom Kabinett in ${c} gebilligt werden.`,
      `Die Seidenstraßen-Initiative prägt chinesische Investitionen im Ausland seit ${year}.`,
      `Das Frachtaufkommen auf der neuen Bahnstrecke stieg ${year} um ${n} Prozent.`,
    ],
    zh: [
      `${year}年，中国与${c}双边贸易额达到${n}0亿美元。`,
      `去年${c}对华出口${product}增长了${n}%。`,
      `双方还就${sector}领域合作交换了意见。`,
      `据主办方介绍，共有${n}个代表团出席了${ev}。`,
      `${c}当地媒体对此进行了广泛报道。`,
      `中国赴${c}游客人数已恢复至疫情前的${n}%。`,
      `双方重申将落实《区域全面经济伙伴关系协定》。`,
      `“一带一路”倡议自${year}年以来持续推动中国与东盟的互联互通。`,
      `${year}年上半年，新铁路货运量同比增长${n}%。`,
      `代表团还参观了当地的工业园区和职业院校。`,
      `该协议仍需${c}内阁批准。`,
    ],
  };
  return rng.pick(templates[lang]);
}
