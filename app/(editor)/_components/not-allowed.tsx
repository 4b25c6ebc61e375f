import type { Actor } from "@/lib/auth/actor";

export function NotAllowed({ actor, need = "editor" }: { actor: Pick<Actor, "email" | "role">; need?: "editor" | "admin" }) {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl font-semibold">Not available to your account</h1>
      <p>
        You are signed in as {actor.email}, a {actor.role}. This page is for {need === "admin" ? "administrators" : "editors and administrators"}: ask
        an administrator if you need to make changes.
      </p>
    </div>
  );
}
