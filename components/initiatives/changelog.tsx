// The public changelog of an initiative: when, which role, what changed, with the citations as they stood.
// Data: getInitiativeChangelog(db, initiativeId) from lib/audit/queries.ts.
import type { PublicChangelogEntry } from "@/lib/audit/queries";
import type { UserRole } from "@/lib/vocabulary/misc";

const ROLE_LABEL: Record<UserRole, string> = { viewer: "A reader", editor: "An editor", admin: "An administrator" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function Changelog({ entries, headingId = "changelog-heading" }: { entries: PublicChangelogEntry[]; headingId?: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-2xl font-semibold">
        Changelog
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">No edits recorded since this initiative was added to the tracker.</p>
      ) : (
        <ol className="space-y-4" aria-label="Changes to this initiative, newest first">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-line p-4 text-sm">
              <p className="text-muted">
                <time dateTime={entry.at.toISOString()}>{dateTime.format(entry.at)} UTC</time>
                {" · "}
                {entry.role ? ROLE_LABEL[entry.role] : "The system"}
                {" · "}version {entry.version}
              </p>
              <p className="mt-1 text-ink">{entry.summary}</p>
              {entry.citations.length > 0 && (
                <ul className="mt-2 space-y-1" aria-label="Cited">
                  {entry.citations.map((c, i) => (
                    <li key={i} className="border-l-2 border-line pl-3 text-muted">
                      {c.quote ? <q className="text-ink">{c.quote}</q> : c.note}
                      {" — "}
                      {c.sourceUrl ? (
                        <a href={c.sourceUrl} rel="noopener noreferrer">
                          {c.sourceTitle}
                        </a>
                      ) : (
                        <a href={`/sources/${c.sourceId}`}>{c.sourceTitle}</a>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
