"use client";
// Submits a form to a server action without React's automatic form reset, so an editor who gets field errors or a
// conflict keeps everything they typed.
import { type FormEvent, startTransition, useActionState, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { FormState } from "@/lib/auth/action";

export const IDLE_STATE: FormState = { status: "idle" };

/** `startVersion` is the initiative version a versioned form starts from; forms without one ignore `version`. */
export function useEditorForm(action: (state: FormState, formData: FormData) => Promise<FormState>, startVersion = 0) {
  const [state, dispatch, pending] = useActionState(action, IDLE_STATE);
  const [version, setVersion] = useState(startVersion);
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  // After a conflict: the version must be in the DOM before the form is read again, hence flushSync.
  const reapplyAt = (currentVersion: number) => {
    flushSync(() => setVersion(currentVersion));
    formRef.current?.requestSubmit();
  };
  return { state, pending, onSubmit, formRef, version, reapplyAt };
}
