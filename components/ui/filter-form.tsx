"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef, useTransition } from "react";

/**
 * A GET filter form that works without JavaScript (the browser submits it) and, with JavaScript, navigates
 * client-side as soon as a checkbox, radio or select changes, with empty fields dropped from the URL.
 * Controls outside the form join it with the `form="<id>"` attribute; their changes are caught on the document.
 * `stateKey` (the canonical query string) re-syncs the controls after a navigation made elsewhere (a "remove
 * filter" link), because uncontrolled inputs keep their own state across a server re-render.
 */
export function FilterForm({
  id,
  action,
  stateKey,
  className,
  children,
}: {
  id: string;
  action: string;
  stateKey: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    for (const el of Array.from(form.elements)) {
      if (el instanceof HTMLInputElement) {
        if (el.type === "checkbox" || el.type === "radio") el.checked = el.defaultChecked;
        else if (el !== document.activeElement) el.value = el.defaultValue;
      } else if (el instanceof HTMLSelectElement) {
        for (const option of Array.from(el.options)) option.selected = option.defaultSelected;
      }
    }
  }, [stateKey]);

  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    const onChange = (event: Event) => {
      const target = event.target;
      const isToggle = target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio");
      if (!(isToggle || target instanceof HTMLSelectElement) || target.form !== form) return;
      if (!form.checkValidity()) {
        form.reportValidity();
        return;
      }
      navigate(form);
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  });

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
    }
    const query = params.toString();
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  }

  return (
    <form
      ref={ref}
      id={id}
      action={action}
      method="get"
      className={className}
      data-pending={isPending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(event.currentTarget);
      }}
    >
      {children}
      <p role="status" className="sr-only">
        {isPending ? "Updating results…" : ""}
      </p>
    </form>
  );
}
