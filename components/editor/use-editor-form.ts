"use client";
// Submits a form to a server action without React's automatic form reset, so an editor who gets field errors or a
// conflict keeps everything they typed.
import { type FormEvent, startTransition, useActionState, useRef } from "react";
import type { FormState } from "@/lib/auth/action";

export const IDLE_STATE: FormState = { status: "idle" };

export function useEditorForm(action: (state: FormState, formData: FormData) => Promise<FormState>) {
  const [state, dispatch, pending] = useActionState(action, IDLE_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, onSubmit, formRef };
}
