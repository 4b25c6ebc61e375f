// Plain-language "what changed" for the public changelog, from two initiative snapshots.
import { COUNTRY_INFO } from "@/lib/vocabulary/countries";
import { DOMAIN_INFO } from "@/lib/vocabulary/domains";
import type { InitiativeSnapshot } from "./initiative-snapshot";

const LABELS: Partial<Record<keyof InitiativeSnapshot, string>> = {
  name: "name",
  summary: "summary",
  firstAnnouncedOn: "first announced",
  plannedStartOn: "planned start",
  actualStartOn: "actual start",
  plannedEndOn: "planned end",
  actualEndOn: "actual end",
  parentSlug: "parent initiative",
  supersededBySlug: "successor",
  conflictNotes: "notes on conflicting sources",
  aliases: "other names",
  scope: "scope",
  reviewedOn: "status checked against the sources",
};

function listDiff<T>(before: T[], after: T[], key: (t: T) => string, label: (t: T) => string): string | null {
  const b = new Map(before.map((t) => [key(t), t]));
  const a = new Map(after.map((t) => [key(t), t]));
  const added = [...a].filter(([k]) => !b.has(k)).map(([, t]) => label(t));
  const removed = [...b].filter(([k]) => !a.has(k)).map(([, t]) => label(t));
  const parts = [added.length ? `added ${added.join(", ")}` : "", removed.length ? `removed ${removed.join(", ")}` : ""].filter(Boolean);
  return parts.length ? parts.join("; ") : null;
}

export function describeInitiativeChanges(before: InitiativeSnapshot, after: InitiativeSnapshot): string {
  const parts: string[] = [];
  for (const [field, label] of Object.entries(LABELS) as [keyof InitiativeSnapshot, string][]) {
    const was = before[field];
    const now = after[field];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    if (typeof now === "string" && field !== "summary" && field !== "name") parts.push(`${label}: ${was ?? "none"} → ${now}`);
    else if (now === null) parts.push(`${label} removed`);
    else parts.push(`${label} edited`);
  }
  const domains = listDiff(before.domains, after.domains, (d) => d, (d) => DOMAIN_INFO[d].label);
  if (domains) parts.push(`domains: ${domains}`);
  const countries = listDiff(before.countries, after.countries, (c) => `${c.code}/${c.role}`, (c) => `${COUNTRY_INFO[c.code].nameEn} (${c.role})`);
  if (countries) parts.push(`countries: ${countries}`);
  const actors = listDiff(before.actors, after.actors, (a) => `${a.slug}/${a.role}`, (a) => `${a.slug} (${a.role})`);
  if (actors) parts.push(`actors: ${actors}`);
  if (!parts.length) return "Details updated.";
  const text = parts.join("; ");
  return `Updated ${text}.`;
}
