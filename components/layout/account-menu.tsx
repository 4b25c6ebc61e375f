import Link from "next/link";
import { cookies } from "next/headers";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { SignOutButton } from "./sign-out-button";

// Header links for accounts. Only looks at whether a session cookie is present (no database read on public pages):
// the editor pages themselves check the session and the role.
export async function AccountMenu() {
  const jar = await cookies();
  const hasSession = SESSION_COOKIE_NAMES.some((name) => jar.has(name));
  if (!hasSession) {
    return (
      <Link href="/sign-in" prefetch={false} className="text-sm text-ink">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/editor" className="text-ink">
        Editing
      </Link>
      <SignOutButton />
    </div>
  );
}
