// One synthetic initiative with everything claimed about it: names in three languages, a status history that ends
// in its current status, ~20 milestones, ~5 citations quoting sources at exact offsets. Rows are snake_case
// objects, ready for json_populate_recordset.
import { COUNTRY_INFO, type CountryCode } from "@/lib/vocabulary/countries";
import { ACTOR_ROLES, type MilestoneKind } from "@/lib/vocabulary/misc";
import type { Status } from "@/lib/vocabulary/statuses";
import type { Rng } from "./scale-random";
import { addMention, dayToIso, type PendingQuote, type SourceDraft } from "./scale-sources";
import { type EventSpec, type Lang, renderEvent, renderStatus, type Story } from "./scale-text";
import {
  CHINESE_PLACES, DOMAIN_ORDER, DOMAIN_THINGS, EVENTS, PARTNER_ORDER, PARTNER_PLACES, PUBLISHERS, STATUS_ORDER,
  type Trilingual,
} from "./scale-vocabulary";

export type PoolActor = { id: number; name: Trilingual };
export type Row = Record<string, unknown>;
export type CitationRow = Row & PendingQuote;
export type Generated = {
  initiative: Row;
  aliases: Row[];
  domains: Row[];
  countries: Row[];
  actors: Row[];
  milestones: Row[];
  statusChanges: Row[];
  citations: CitationRow[];
};

export type GenerateContext = {
  rng: Rng;
  today: number;
  actors: readonly PoolActor[];
  /** Ids of initiatives created earlier in this run: candidates for parent and successor links. */
  earlierIds: readonly number[];
  roundups: readonly SourceDraft[];
  nextId: (table: "aliases" | "milestones" | "status_changes" | "citations" | "sources") => number;
  newDraft: (lang: Lang, title: string) => SourceDraft;
};

const PATHS: Record<Status, Status[][]> = {
  proposed: [["proposed"]],
  agreed: [["proposed", "agreed"], ["agreed"]],
  "in-progress": [["proposed", "agreed", "in-progress"], ["agreed", "in-progress"]],
  operational: [["proposed", "agreed", "in-progress", "operational"], ["agreed", "in-progress", "operational"], ["agreed", "operational"]],
  completed: [["agreed", "in-progress", "operational", "completed"], ["agreed", "in-progress", "completed"]],
  stalled: [["proposed", "agreed", "stalled"], ["agreed", "in-progress", "stalled"], ["proposed", "stalled"]],
  cancelled: [["proposed", "cancelled"], ["agreed", "cancelled"], ["agreed", "in-progress", "cancelled"]],
  superseded: [["agreed", "operational", "superseded"], ["proposed", "agreed", "superseded"]],
};
const KEY_KINDS: Partial<Record<Status, MilestoneKind[]>> = {
  proposed: ["announced", "proposed"],
  agreed: ["signed", "agreed", "adopted"],
  "in-progress": ["construction-started", "launched"],
  operational: ["in-service", "launched"],
  completed: ["completed"],
};
const FINISHED: readonly Status[] = ["completed", "cancelled", "superseded", "stalled"];
const LANGS: readonly Lang[] = ["en", "en", "en", "zh", "zh", "de"];

const slugify = (text: string) => text.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
/** "Data Centre" → "data centre", but "AI Innovation Centre" → "AI innovation centre" and "5G" stays. */
const lowerWords = (text: string) => text.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
const article = (text: string) => (/^(AI|IoT|ICT|[AEIOU])/.test(text) ? "An" : "A");
const country = (code: CountryCode): Trilingual => ({ en: COUNTRY_INFO[code].nameEn, de: COUNTRY_INFO[code].nameDe, zh: COUNTRY_INFO[code].nameZh });

function naming(rng: Rng, id: number) {
  const domains = rng.zipfDistinct(DOMAIN_ORDER, rng.chance(0.3) ? 2 : 1, 0.9);
  const primary = domains[0]!;
  const thing = rng.pick(DOMAIN_THINGS[primary].things);
  const partner = rng.zipf(PARTNER_ORDER, 0.9);
  const place = rng.pick(PARTNER_PLACES[partner]);
  const cn = rng.zipf(CHINESE_PLACES);
  const pc = country(partner);
  const pattern = rng.next();
  const isRegional = pattern >= 0.9;
  const name: Trilingual =
    pattern < 0.35
      ? { en: `${cn.en}–${place.en} ${thing.en}`, de: `${cn.de}-${place.de} ${thing.de}`, zh: `${cn.zh}—${place.zh}${thing.zh}` }
      : pattern < 0.65
        ? { en: `China–${pc.en} ${thing.en}`, de: `China-${pc.de} ${thing.de}`, zh: `中国—${pc.zh}${thing.zh}` }
        : pattern < 0.9
          ? { en: `${place.en} ${thing.en}`, de: `${place.de} ${thing.de}`, zh: `${place.zh}${thing.zh}` }
          : { en: `ASEAN–China ${thing.en}`, de: `ASEAN-China ${thing.de}`, zh: `中国—东盟${thing.zh}` };
  if (rng.chance(0.2)) {
    const phase = rng.pick(["II", "III"] as const);
    name.en += ` Phase ${phase}`;
    name.de += ` Phase ${phase}`;
    name.zh += phase === "II" ? "二期" : "三期";
  }
  const where =
    pattern < 0.35 ? `between ${cn.en} and ${place.en}` : pattern < 0.65 ? `between China and ${pc.en}` : pattern < 0.9 ? `in ${place.en}, ${pc.en}` : "between China and ASEAN members";
  return { domains, primary, thing, partner, place, isRegional, name, where, slug: `${slugify(name.en)}-${id}` };
}

function timeline(rng: Rng, today: number, status: Status) {
  const path = rng.pick(PATHS[status]);
  const first = today - rng.int(150, 11 * 365);
  const lastActivity = FINISHED.includes(status) || rng.chance(0.25) ? first + Math.floor((today - first) * rng.next()) : today - rng.int(0, 240);
  const end = Math.max(first + path.length * 20, lastActivity);
  const days = [first, ...Array.from({ length: path.length - 1 }, () => rng.int(first + 20, Math.min(today, end)))].sort((a, b) => a - b);
  return { path, days, first, lastActivity: Math.min(today, end) };
}

export function generateInitiative(ctx: GenerateContext, id: number): Generated {
  const { rng, today } = ctx;
  const n = naming(rng, id);
  let status = rng.zipf(STATUS_ORDER, 1.1);
  const linkable = ctx.earlierIds.length > 0;
  if (status === "superseded" && !linkable) status = "operational";
  const t = timeline(rng, today, status);

  const pool = rng.zipfDistinct(ctx.actors, rng.int(1, 4), 0.8);
  const lead = pool[0]!;
  const other = pool[1] ?? rng.pick(ctx.actors);
  const story: Story = { name: n.name, partner: n.partner, place: n.place, lead: lead.name, other: other.name };
  const event = (kind: MilestoneKind, planned = false, year = 0): EventSpec => ({ kind, planned, n: rng.int(2, 60), event: rng.zipf(EVENTS), year });

  const reached = (s: Status) => t.path.includes(s);
  const pair = (day: number | null, precision = "day") => (day === null ? [null, null] : [dayToIso(day), precision]);
  const yearStart = (year: number) => Date.UTC(year, 0, 1) / 86_400_000;
  const [plannedEnd, plannedEndP] = ["agreed", "in-progress", "operational"].includes(status) ? pair(yearStart(new Date(today * 86_400_000).getUTCFullYear() + rng.int(1, 4)), "year") : pair(null);
  const [actualStart, actualStartP] = pair(reached("in-progress") ? t.days[t.path.indexOf("in-progress")]! : null);
  const [actualEnd, actualEndP] = pair(status === "completed" ? t.days.at(-1)! : null);
  const initiative: Row = {
    id,
    slug: n.slug,
    name: n.name.en,
    summary: `${article(n.thing.en)} ${lowerWords(n.thing.en)} ${n.where} that aims to ${DOMAIN_THINGS[n.primary].purpose}. ${lead.name.en} leads the work${pool.length > 1 ? ` with ${pool.length - 1} partner${pool.length > 2 ? "s" : ""}` : ""}.`,
    status,
    first_announced_on: dayToIso(t.first),
    first_announced_precision: "day",
    planned_start_on: null,
    planned_start_precision: null,
    actual_start_on: actualStart,
    actual_start_precision: actualStartP,
    planned_end_on: plannedEnd,
    planned_end_precision: plannedEndP,
    actual_end_on: actualEnd,
    actual_end_precision: actualEndP,
    parent_id: linkable && rng.chance(0.04) ? rng.pick(ctx.earlierIds) : null,
    superseded_by_id: status === "superseded" ? rng.pick(ctx.earlierIds) : null,
  };

  const aliases: Row[] = [];
  if (rng.chance(0.85)) aliases.push({ id: ctx.nextId("aliases"), initiative_id: id, name: n.name.zh, language: "zh" });
  if (rng.chance(0.5)) aliases.push({ id: ctx.nextId("aliases"), initiative_id: id, name: n.name.de, language: "de" });

  const countries: Row[] = [{ initiative_id: id, country_code: "CN", role: "party" }];
  const partners = n.isRegional ? rng.zipfDistinct(PARTNER_ORDER, rng.int(3, 10), 0.5) : [n.partner, ...(rng.chance(0.15) ? rng.zipfDistinct(PARTNER_ORDER, 1) : [])];
  const hostRole = n.primary === "submarine-cables" ? "landing" : ["data-centres", "cloud", "ai", "smart-cities"].includes(n.primary) ? "host" : "party";
  for (const [i, code] of [...new Set(partners)].entries()) countries.push({ initiative_id: id, country_code: code, role: i === 0 ? hostRole : "party" });

  const actorRows = pool.map((a, i) => ({ initiative_id: id, actor_id: a.id, role: i === 0 ? "lead" : rng.pick(ACTOR_ROLES.filter((r) => r !== "lead")) }));

  // Milestones: one per status reached (where a kind fits), the rest meetings and other events, some planned.
  const milestones: (Row & { spec: EventSpec; day: number })[] = [];
  const addMilestone = (spec: EventSpec, day: number) =>
    milestones.push({
      id: ctx.nextId("milestones"), initiative_id: id, kind: spec.kind, description: renderEvent("en", spec, story),
      occurred_on: dayToIso(day), precision: "day", is_planned: spec.planned, is_verified: !rng.chance(0.05), spec, day,
    });
  t.path.forEach((s, i) => {
    const kinds = KEY_KINDS[s];
    if (kinds) addMilestone(event(i === 0 && s === "proposed" ? "announced" : rng.pick(kinds)), t.days[i]!);
  });
  const total = rng.int(15, 25);
  const planned = FINISHED.includes(status) ? 0 : rng.int(0, 2);
  while (milestones.length < total - planned) addMilestone(event(rng.chance(0.6) ? "meeting-held" : "other"), rng.int(t.first, t.lastActivity));
  for (let i = 0; i < planned; i++) {
    const year = new Date(today * 86_400_000).getUTCFullYear() + rng.int(1, 3);
    addMilestone(event(rng.pick(["in-service", "completed"] as const), true, year), yearStart(year));
  }
  milestones.sort((a, b) => a.day - b.day);

  const statusChanges = t.path.map((s, i) => ({
    id: ctx.nextId("status_changes"), initiative_id: id, from_status: i === 0 ? null : t.path[i - 1]!, to_status: s,
    effective_on: dayToIso(t.days[i]!), effective_precision: "day", note: i === 0 ? "Initial status as first reported." : `Status changed to ${s} as reported.`,
  }));

  // Sources: one to three articles about this initiative, sometimes also a regional round-up.
  const own = Array.from({ length: 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.2) ? 1 : 0) }, () => {
    const draft = ctx.newDraft(rng.pick(LANGS), "");
    draft.topic = n.thing;
    return draft;
  });
  const drafts = [...own, ...(ctx.roundups.length && rng.chance(0.25) ? [rng.pick(ctx.roundups)] : [])];
  const citations: CitationRow[] = [];
  const cite = (draft: SourceDraft, sentence: string, day: number, claim: Row) => {
    const row: CitationRow = { id: ctx.nextId("citations"), source_id: draft.id, initiative_id: id, is_verified: true, note: null, quote: null, quote_start: null, quote_end: null, ...claim };
    addMention(draft, sentence, day, row);
    citations.push(row);
  };
  const firstKey = milestones.find((m) => !m.is_planned)!;
  cite(own[0]!, renderEvent(own[0]!.lang, firstKey.spec, story), firstKey.day, { claim_type: "initiative" });
  const lastChange = statusChanges.at(-1)!;
  const statusDraft = rng.pick(own);
  cite(statusDraft, renderStatus(statusDraft.lang, status, story), t.days.at(-1)!, { claim_type: "status-change", status_change_id: lastChange.id });
  const actual = milestones.filter((m) => !m.is_planned);
  for (const m of rng.zipfDistinct(rng.shuffle([...actual]), rng.int(2, 3), 0)) {
    const draft = rng.pick(drafts);
    cite(draft, renderEvent(draft.lang, m.spec, story), m.day, { claim_type: "milestone", milestone_id: m.id });
  }
  if (rng.chance(0.3)) {
    const row: CitationRow = { id: ctx.nextId("citations"), source_id: own[0]!.id, initiative_id: id, claim_type: "country", country_code: n.partner, is_verified: true, note: `Names ${COUNTRY_INFO[n.partner].nameEn} as a party.`, quote: null, quote_start: null, quote_end: null };
    citations.push(row);
  }
  if (rng.chance(0.15)) {
    citations.push({ id: ctx.nextId("citations"), source_id: own[0]!.id, initiative_id: id, claim_type: "domain", domain_slug: n.primary, is_verified: true, note: `Describes the project as ${article(n.thing.en).toLowerCase()} ${lowerWords(n.thing.en)}.`, quote: null, quote_start: null, quote_end: null });
  }
  for (const d of own) d.title = titleFor(d.lang, story);

  return {
    initiative,
    aliases,
    domains: n.domains.map((d) => ({ initiative_id: id, domain_slug: d })),
    countries,
    actors: actorRows,
    milestones: milestones.map(({ spec: _spec, day: _day, ...row }) => row),
    statusChanges,
    citations,
  };
}

function titleFor(lang: Lang, s: Story): string {
  const partner = country(s.partner)[lang];
  return { en: `${partner} and China move ahead on ${s.name.en}`, de: `${s.name.de}: ${partner} und China kommen voran`, zh: `${s.name.zh}取得新进展` }[lang];
}

export function pickPublisher(rng: Rng, lang: Lang) {
  return rng.zipf(PUBLISHERS.filter((p) => p.language === lang), 0.8);
}
