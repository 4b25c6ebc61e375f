import type { Metadata } from "next";
import { CreateUserForm, DisableForm, RoleForm } from "@/components/editor/user-forms";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/current";
import { findUsers } from "@/lib/users/queries";
import { NotAllowed } from "../../_components/not-allowed";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { actor, allowed } = await requireEditorPage("/admin/users", "admin");
  if (!allowed) return <NotAllowed actor={actor} need="admin" />;
  const users = await findUsers(await getDb());
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold">Users</h1>
      <CreateUserForm />
      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-xl font-semibold">
          Accounts
        </h2>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-2 font-medium">Email</th>
              <th scope="col" className="py-2 font-medium">Name</th>
              <th scope="col" className="py-2 font-medium">Role</th>
              <th scope="col" className="py-2 font-medium">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-line/60 align-top">
                <td className="py-2 pr-3">{u.email}</td>
                <td className="py-2 pr-3">{u.name}</td>
                <td className="py-2 pr-3">{u.id === actor.userId ? `${u.role} (you)` : <RoleForm userId={u.id} email={u.email} role={u.role} />}</td>
                <td className="py-2">{u.id === actor.userId ? "enabled" : <DisableForm userId={u.id} email={u.email} banned={u.banned} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
