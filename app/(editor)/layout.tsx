import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentActor } from "@/lib/auth/current";

// The editing area's frame. The guard here is UX only: every page, action and handler checks access itself.
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <div className="space-y-6">
      {actor && (
        <nav aria-label="Editing" className="rounded border border-line px-4 py-2 text-sm">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href="/editor">Editing</Link>
            </li>
            <li>
              <Link href="/editor/initiatives/new">New initiative</Link>
            </li>
            <li>
              <Link href="/editor/sources/new">Add a source</Link>
            </li>
            <li>
              <Link href="/sources/new">Add an article</Link>
            </li>
            <li>
              <Link href="/sources/import">Import articles</Link>
            </li>
            <li>
              <Link href="/review">Review queue</Link>
            </li>
            <li>
              <Link href="/editor/tokens">API tokens</Link>
            </li>
            {actor.role === "admin" && (
              <>
                <li>
                  <Link href="/admin/users">Users</Link>
                </li>
                <li>
                  <Link href="/admin/audit">Audit log</Link>
                </li>
              </>
            )}
            <li className="ml-auto text-muted">
              Signed in as {actor.email} ({actor.role})
            </li>
          </ul>
        </nav>
      )}
      {children}
    </div>
  );
}
