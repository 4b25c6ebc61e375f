// Edit links on the public initiative page, for editors and admins only. Looks up the session only when a session
// cookie is present, so anonymous page views cost no extra database read. UX only: every write checks access again.
import Link from "next/link";
import { cookies } from "next/headers";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { canEdit } from "@/lib/auth/authorize";
import { getCurrentActor } from "@/lib/auth/current";
import { RecordCheck } from "./record-check";

export async function EditControls({ slug, version, reviewedOn }: { slug: string; version: number; reviewedOn: string | null }) {
  const jar = await cookies();
  if (!SESSION_COOKIE_NAMES.some((name) => jar.has(name))) return null;
  const actor = await getCurrentActor();
  if (!canEdit(actor?.role)) return null;
  const base = `/editor/initiatives/${slug}`;
  return (
    <nav aria-label="Edit this initiative" className="flex flex-wrap gap-2 print:hidden">
      <Link href={`${base}/status`} className="rounded border border-line px-3 py-1.5 text-sm">
        Change status
      </Link>
      <Link href={`${base}/edit`} className="rounded border border-line px-3 py-1.5 text-sm">
        Edit details
      </Link>
      <Link href={`${base}/milestones/new`} className="rounded border border-line px-3 py-1.5 text-sm">
        Add a milestone
      </Link>
      <RecordCheck slug={slug} version={version} reviewedOn={reviewedOn} />
    </nav>
  );
}
