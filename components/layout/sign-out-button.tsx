"use client";
import { useActionState } from "react";
import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton() {
  const [, action, pending] = useActionState(signOutAction, { status: "idle" });
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="rounded border border-line px-2 py-1 text-sm text-ink hover:bg-line/40">
        Sign out
      </button>
    </form>
  );
}
