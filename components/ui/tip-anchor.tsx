"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * The hover/focus area of a CSS tooltip (`group` holding the trigger and its tip), made dismissable (WCAG 1.4.13):
 * Escape hides the tip while it is hovered or focused, without moving focus or the pointer; it shows again once
 * neither hovers nor focus remain on it. The tip hides itself with `group-data-dismissed:invisible!`. Without
 * JavaScript the tip still shows on hover and focus.
 */
export function TipAnchor({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (dismissed) return;
    // On the document: a hovered tip must close too, and the key goes to whatever has focus.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && ref.current?.matches(":hover, :focus-within")) setDismissed(true);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [dismissed]);

  return (
    <span
      ref={ref}
      className={className}
      data-dismissed={dismissed || undefined}
      onPointerLeave={(event) => {
        if (!event.currentTarget.matches(":focus-within")) setDismissed(false);
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node && event.currentTarget.contains(next)) && !event.currentTarget.matches(":hover"))
          setDismissed(false);
      }}
    >
      {children}
    </span>
  );
}
