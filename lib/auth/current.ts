// The signed-in user for server components (pages and layouts). UX only: actions and handlers check again.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { type Actor, type Identity, identifyBySession } from "./actor";
import { canEdit } from "./authorize";

export const getCurrentIdentity = cache(async (): Promise<Identity> => identifyBySession(await getDb(), await headers()));

export async function getCurrentActor(): Promise<Actor | null> {
  const identity = await getCurrentIdentity();
  return identity.kind === "user" ? identity.actor : null;
}

/** For editor pages: anonymous → sign-in; signed in without the role → allowed false (the page explains). */
export async function requireEditorPage(next: string, role: "editor" | "admin" = "editor"): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return { actor, allowed: role === "admin" ? actor.role === "admin" : canEdit(actor.role) };
}
