"use client";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { FormMessage, SubmitButton, TextField } from "./fields";
import { useEditorForm } from "./use-editor-form";

export function CreateTokenForm() {
  const { state, pending, onSubmit } = useEditorForm(createApiTokenAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const token = state.status === "success" ? state.data?.token : undefined;
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} labels={{ name: "Name" }} />
      {typeof token === "string" && (
        <div>
          <label htmlFor="new-token" className="mb-1 block text-sm font-medium">
            Your new token (shown once)
          </label>
          <input id="new-token" readOnly value={token} className="w-full rounded border border-line bg-paper px-2 py-1.5 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <TextField name="name" label="Token name" hint="What will use it, e.g. “weekly import script”." errors={errors} required />
      <SubmitButton pending={pending}>Create token</SubmitButton>
    </form>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const { state, pending, onSubmit } = useEditorForm(revokeApiTokenAction);
  return (
    <form onSubmit={onSubmit} className="inline">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} className="rounded border border-line px-2 py-1 text-sm" aria-label={`Revoke token ${name}`}>
        Revoke
      </button>
      {state.status === "error" && (
        <span role="alert" className="ml-2 text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}
