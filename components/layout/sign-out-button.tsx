import { IDLE } from "@/lib/auth/action";
import { signOutAction } from "@/lib/auth/actions";

async function signOut(formData: FormData) {
  "use server";
  await signOutAction(IDLE, formData);
}

// A server component, not a client island on every page: the form posts to the server action (React runs it as an
// action once hydrated; without JavaScript the browser posts the form), and the action redirects home.
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="rounded border border-line px-2 py-1 text-sm text-ink hover:bg-line/40">
        Sign out
      </button>
    </form>
  );
}
