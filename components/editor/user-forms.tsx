"use client";
import { changeUserRoleAction, createUserAction, setUserDisabledAction } from "@/lib/users/actions";
import { USER_ROLES, type UserRole } from "@/lib/vocabulary/misc";
import { FormMessage, SelectField, SubmitButton, TextField } from "./fields";
import { useEditorForm } from "./use-editor-form";

const ROLE_OPTIONS = USER_ROLES.map((r) => ({ value: r, label: r === "viewer" ? "Viewer (reads, signed in)" : r === "editor" ? "Editor (changes the data)" : "Administrator (also manages accounts)" }));

export function CreateUserForm() {
  const { state, pending, onSubmit } = useEditorForm(createUserAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const password = state.status === "success" ? state.data?.password : undefined;
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate aria-labelledby="create-user-heading">
      <h2 id="create-user-heading" className="text-xl font-semibold">
        Create an account
      </h2>
      <FormMessage state={state} labels={{ email: "Email", name: "Name", role: "Role", password: "Password" }} />
      {typeof password === "string" && (
        <div>
          <label htmlFor="new-password" className="mb-1 block text-sm font-medium">
            Their password (shown once)
          </label>
          <input id="new-password" readOnly value={password} className="w-full rounded border border-line bg-paper px-2 py-1.5 font-mono text-sm" />
        </div>
      )}
      <TextField name="email" type="email" label="Email" errors={errors} autoComplete="off" required />
      <TextField name="name" label="Name" errors={errors} autoComplete="off" required />
      <SelectField name="role" label="Role" errors={errors} defaultValue="editor" options={ROLE_OPTIONS} />
      <TextField name="password" type="password" label="Password (optional)" hint="Leave empty to generate a strong one." errors={errors} autoComplete="new-password" />
      <SubmitButton pending={pending}>Create account</SubmitButton>
    </form>
  );
}

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: UserRole }) {
  const { state, pending, onSubmit } = useEditorForm(changeUserRoleAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="sr-only">
        Role of {email}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className="rounded border border-line bg-paper px-2 py-1 text-sm">
        {USER_ROLES.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-line px-2 py-1 text-sm" aria-label={`Change the role of ${email}`}>
        Change role
      </button>
      {state.status !== "idle" && (
        <span role={state.status === "error" ? "alert" : "status"} className="text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}

export function DisableForm({ userId, email, banned }: { userId: string; email: string; banned: boolean }) {
  const { state, pending, onSubmit } = useEditorForm(setUserDisabledAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={banned ? "false" : "true"} />
      <button type="submit" disabled={pending} className="rounded border border-line px-2 py-1 text-sm">
        {banned ? `Re-enable ${email}` : `Disable ${email}`}
      </button>
      {state.status !== "idle" && (
        <span role={state.status === "error" ? "alert" : "status"} className="text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}
