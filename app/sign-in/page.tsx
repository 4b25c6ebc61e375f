import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/current";
import { canEdit } from "@/lib/auth/authorize";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const raw = (await searchParams).next;
  const next = typeof raw === "string" && /^\/(?!\/)/.test(raw) ? raw : undefined;
  const actor = await getCurrentActor();
  if (actor) redirect(next ?? (canEdit(actor.role) ? "/editor" : "/"));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Sign in</h1>
      <p className="max-w-xl text-muted">
        For the tracker&apos;s editors and administrators. Reading needs no account. Accounts are created by an administrator.
      </p>
      <SignInForm next={next} />
    </div>
  );
}
