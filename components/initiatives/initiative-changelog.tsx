// Loads and renders an initiative's public changelog (for a <Suspense> boundary on the initiative page).
import { getDb } from "@/db/client";
import { getInitiativeChangelog } from "@/lib/audit/queries";
import { Changelog } from "./changelog";

export async function InitiativeChangelog({ initiativeId }: { initiativeId: number }) {
  return <Changelog entries={await getInitiativeChangelog(await getDb(), initiativeId)} />;
}
