"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/editor/fields";
import { useEditorForm } from "@/components/editor/use-editor-form";
import { signInAction } from "@/lib/auth/actions";

export function SignInForm({ next }: { next?: string }) {
  const { state, pending, onSubmit } = useEditorForm(signInAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
      <FormMessage state={state} labels={{ email: "Email", password: "Password" }} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField name="email" type="email" label="Email" autoComplete="username" errors={errors} required />
      <TextField name="password" type="password" label="Password" autoComplete="current-password" errors={errors} required />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
