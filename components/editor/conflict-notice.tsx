"use client";
// The conflict screen: someone saved first. Shows what they changed and lets the editor re-apply their own change
// on top of the current version (or start again from it). Nothing was overwritten.
import type { ConflictDetails } from "@/lib/editorial/lock";

const ROLE: Record<string, string> = { editor: "an editor", admin: "an administrator", viewer: "a reader" };

export function ConflictNotice({ message, conflict, onReapply, reloadHref }: { message: string; conflict: ConflictDetails; onReapply: () => void; reloadHref: string }) {
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="space-y-3 rounded border-2 border-[var(--color-status-in-progress)] p-4">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        Someone else saved a change first
      </h2>
      <p className="text-sm">{message}</p>
      {conflict.changes.length > 0 && (
        <>
          <p className="text-sm font-medium">What changed since your version {conflict.yourVersion}:</p>
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {conflict.changes.map((c) => (
              <li key={c.version}>
                Version {c.version}, by {c.role ? ROLE[c.role] : "the system"} at {new Date(c.at).toLocaleString("en-GB", { timeZone: "UTC" })} UTC: {c.summary}
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onReapply} className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-paper hover:bg-accent-strong">
          Re-apply my changes to version {conflict.currentVersion}
        </button>
        <a href={reloadHref} className="rounded border border-line px-3 py-1.5 text-sm">
          Discard mine and start from the current version
        </a>
      </div>
    </section>
  );
}
