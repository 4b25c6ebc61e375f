// Atom 1.0 (RFC 4287) for tracker events, built with fast-xml-parser's XMLBuilder (which escapes text and attributes).
// Each entry links the initiative's page (alternate) and every cited source (related), and quotes the evidence.
import { XMLBuilder } from "fast-xml-parser";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import type { FeedEvent } from "./queries";

export type FeedMeta = { title: string; selfUrl: string; htmlUrl: string; appUrl: string; subtitle?: string; datasetVersion?: string };

const TRACKER = "China–ASEAN Digital Cooperation Tracker";
// XML 1.0 forbids most control characters; scraped text can contain them.
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
const html = (text: string) => xmlText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function entryTitle(event: FeedEvent): string {
  if (event.kind === "status-change") {
    const to = STATUS_INFO[event.toStatus!].label;
    return event.fromStatus ? `${event.initiative.name}: ${STATUS_INFO[event.fromStatus].label} → ${to}` : `${event.initiative.name}: ${to}`;
  }
  return `${event.initiative.name}: ${event.isPlanned ? "planned — " : ""}${event.text}`;
}

function entryContent(event: FeedEvent, pageUrl: string): string {
  const when = `${event.kind === "status-change" ? "Effective" : event.isPlanned ? "Planned for" : "Occurred"} ${formatPartialDate(event.date)}.`;
  const evidence = event.evidence
    .map((e) => {
      const source = e.url ? `<a href="${html(e.url)}">${html(e.title)}</a>` : html(e.title);
      const date = e.published ? `, ${formatPartialDate(e.published)}` : "";
      const passage = e.quote ? `<blockquote>${html(e.quote)}</blockquote>` : e.note ? `<p>${html(e.note)}</p>` : "";
      return `<li>${source} (${html(e.publisher)}${date})${passage}</li>`;
    })
    .join("");
  return `<p>${html(when)} ${html(event.kind === "status-change" ? event.text : "")}</p>` +
    (evidence ? `<p>Evidence:</p><ul>${evidence}</ul>` : "<p>No cited evidence.</p>") +
    `<p><a href="${html(pageUrl)}">${html(event.initiative.name)} on the tracker</a></p>`;
}

export function buildAtomFeed(meta: FeedMeta, events: readonly FeedEvent[]): string {
  const updated = events.reduce((max, e) => (e.recordedAt > max ? e.recordedAt : max), new Date(0));
  const entries = events.map((event) => {
    const pageUrl = `${meta.appUrl}/initiatives/${event.initiative.slug}`;
    return {
      id: `${pageUrl}#${event.kind}-${event.id}`,
      title: { "@_type": "text", "#text": xmlText(entryTitle(event)) },
      updated: event.recordedAt.toISOString(),
      published: `${event.date.date}T00:00:00Z`,
      link: [
        { "@_rel": "alternate", "@_type": "text/html", "@_href": pageUrl },
        ...event.evidence.filter((e) => e.url).map((e) => ({ "@_rel": "related", "@_href": e.url!, "@_title": xmlText(e.title) })),
      ],
      category: { "@_term": event.kind, "@_label": event.kind === "status-change" ? "Status change" : "Milestone" },
      summary: { "@_type": "text", "#text": xmlText(`${formatPartialDate(event.date)}: ${event.text}`) },
      content: { "@_type": "html", "#text": entryContent(event, pageUrl) },
    };
  });
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true });
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      id: meta.selfUrl,
      title: xmlText(meta.title),
      ...(meta.subtitle ? { subtitle: xmlText(meta.subtitle) } : {}),
      updated: updated.toISOString(),
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": meta.selfUrl },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": meta.htmlUrl },
      ],
      author: { name: TRACKER, uri: meta.appUrl },
      // The generator's version is the data release the feed was made from.
      generator: { "@_uri": `${meta.appUrl}/api`, ...(meta.datasetVersion ? { "@_version": meta.datasetVersion } : {}), "#text": TRACKER },
      entry: entries,
    },
  });
}
