// Sentences for the synthetic scale data in English, German and Chinese: what happened to an initiative (the same
// event told in each language, so a German article can be quoted for an English milestone), plus background filler.
import { COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import type { MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import type { Rng } from "./scale-random";
import { DOMAIN_THINGS, EVENTS, type Place, type Trilingual } from "./scale-vocabulary";

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

/** Background sentences that make a source realistic and searchable without concerning any one initiative. */
export function fillerSentence(lang: Lang, rng: Rng, avoid?: Set<string>): string {
  for (let attempt = 0; attempt < 4; attempt++) {
    const sentence = oneFiller(lang, rng);
    if (!avoid?.has(sentence)) {
      avoid?.add(sentence);
      return sentence;
    }
  }
  return oneFiller(lang, rng);
}

function oneFiller(lang: Lang, rng: Rng): string {
  const code = rng.pick(["VN", "ID", "TH", "MY", "LA", "KH", "PH", "SG", "MM", "BN", "TL"] as const);
  const c = country(code)[lang];
  const domain = rng.pick(Object.values(DOMAIN_THINGS));
  const thing = rng.pick(domain.things)[lang];
  const ev = rng.pick(EVENTS)[lang];
  const n = rng.int(2, 95);
  const year = rng.int(2015, 2026);
  const templates: Record<Lang, string[]> = {
    en: [
      `Trade in digital services between China and ${c} grew by ${n} percent in ${year}.`,
      `Analysts note that demand for ${thing.toLowerCase()} capacity in ${c} has outpaced supply.`,
      `The ${ev} has become the main venue for announcing digital cooperation projects in the region.`,
      `Officials from ${c} stressed that data protection rules would apply to every project.`,
      `Submarine cables, data centres and 5G networks remain the backbone of the digital economy in Southeast Asia.`,
      `Observers in ${c} expect artificial intelligence and cloud services to attract most new investment.`,
      `Some ${n} delegations attended the ${ev}, according to the organisers.`,
      `Critics have questioned the security implications of relying on a single equipment vendor.`,
      `The Digital Silk Road framework has guided Chinese technology investment abroad since ${year}.`,
      `Smart city pilots and cross-border e-commerce platforms were highlighted in the joint statement.`,
    ],
    de: [
      `Der Handel mit digitalen Dienstleistungen zwischen China und ${c} wuchs ${year} um ${n} Prozent.`,
      `Beobachter erwarten, dass Rechenzentren und Cloud-Dienste in ${c} weiter stark nachgefragt werden.`,
      `Auf ${ev} werden regelmäßig neue Digitalprojekte der Region vorgestellt.`,
      `Vertreter aus ${c} betonten, dass Datenschutzregeln für alle Vorhaben gelten sollen.`,
      `Seekabel, Rechenzentren und 5G-Netze bilden das Rückgrat der Digitalwirtschaft in Südostasien.`,
      `Kritiker verweisen auf Sicherheitsrisiken durch die Abhängigkeit von einzelnen Netzwerkausrüstern.`,
      `Nach Angaben der Veranstalter nahmen ${n} Delegationen an ${ev} teil.`,
      `Die Digitale Seidenstraße prägt chinesische Technologieinvestitionen im Ausland seit ${year}.`,
      `Künstliche Intelligenz und Rechenleistung stehen im Mittelpunkt der neuen Kooperationsagenda.`,
    ],
    zh: [
      `${year}年，中国与${c}的数字服务贸易增长了${n}%。`,
      `分析人士指出，${c}对${thing}的需求持续增长。`,
      `${ev}已成为地区数字合作项目发布的重要平台。`,
      `${c}官员强调，所有项目都将遵守数据保护规定。`,
      `海底光缆、数据中心和5G网络是东南亚数字经济的基础设施。`,
      `据主办方介绍，共有${n}个代表团出席了${ev}。`,
      `“数字丝绸之路”自${year}年以来持续推动中国与东盟的数字合作。`,
      `人工智能和算力合作被视为中国—东盟数字经济合作的新增长点。`,
      `双方同意加强在智慧城市、跨境电商和网络安全领域的交流。`,
    ],
  };
  return rng.pick(templates[lang]);
}
