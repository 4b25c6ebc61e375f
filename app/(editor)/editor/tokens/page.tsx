import type { Metadata } from "next";
import { CreateTokenForm, RevokeTokenButton } from "@/components/editor/token-forms";
import { getDb } from "@/db/client";
import { findApiTokensOfUser } from "@/lib/api-tokens/queries";
import { requireEditorPage } from "@/lib/auth/current";
import { getEnv } from "@/lib/env";
import { NotAllowed } from "../../_components/not-allowed";

export const metadata: Metadata = { title: "API tokens" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function TokensPage() {
  const { actor, allowed } = await requireEditorPage("/editor/tokens");
  if (!allowed) return <NotAllowed actor={actor} />;
  const tokens = await findApiTokensOfUser(await getDb(), actor.userId);
  const appUrl = getEnv().APP_URL;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold">API tokens</h1>
      <p className="max-w-3xl text-muted">
        Personal tokens let scripts write with your role: send <code>Authorization: Bearer &lt;token&gt;</code> to the write endpoints, e.g.{" "}
        <code>POST {appUrl}/api/v1/initiatives/&lt;slug&gt;/status-changes</code>. A token is shown once; we keep only its hash.
      </p>
      <CreateTokenForm />
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-xl font-semibold">
          Your tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="text-sm text-muted">No tokens yet.</p>
        ) : (
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-line text-left text-muted">
                <th scope="col" className="py-2 font-medium">Name</th>
                <th scope="col" className="py-2 font-medium">Starts with</th>
                <th scope="col" className="py-2 font-medium">Created</th>
                <th scope="col" className="py-2 font-medium">Last used</th>
                <th scope="col" className="py-2 font-medium">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id} className="border-b border-line/60">
                  <td className="py-2 pr-3">{t.name}</td>
                  <td className="py-2 pr-3 font-mono">{t.prefix}…</td>
                  <td className="py-2 pr-3">{day.format(t.createdAt)}</td>
                  <td className="py-2 pr-3">{t.lastUsedAt ? day.format(t.lastUsedAt) : "never"}</td>
                  <td className="py-2">{t.revokedAt ? `revoked ${day.format(t.revokedAt)}` : <RevokeTokenButton tokenId={t.id} name={t.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
