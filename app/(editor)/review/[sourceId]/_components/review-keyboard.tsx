"use client";
// Keyboard review: j / k move between pending suggestions, a accepts, r rejects, e goes to the first field to edit.
// Keys typed into a field, or with a modifier, are never taken. After a decision the page re-renders and focus goes
// to the pending suggestion that followed the decided one, so a run of decisions needs no mouse.
import { useEffect, useRef } from "react";

const PENDING = "li[data-pending='true']";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

const pendingItems = () => [...document.querySelectorAll<HTMLLIElement>(PENDING)];

function focusItem(item: HTMLLIElement | undefined) {
  if (!item) return;
  item.focus();
  item.scrollIntoView({ block: "nearest" });
}

/** `pendingIds` changes when a decision lands: then the remembered next suggestion takes focus. */
export function ReviewKeyboard({ pendingIds }: { pendingIds: number[] }) {
  const nextAfterDecision = useRef<number | null>(null);

  useEffect(() => {
    const wanted = nextAfterDecision.current;
    if (wanted === null) return;
    nextAfterDecision.current = null;
    const items = pendingItems();
    focusItem(items.find((li) => li.dataset.suggestionId === String(wanted)) ?? items[0]);
  }, [pendingIds]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const items = pendingItems();
      if (!items.length) return;
      const current = items.findIndex((li) => li.contains(document.activeElement));
      const key = event.key;
      if (key === "j" || key === "k") {
        event.preventDefault();
        const step = key === "j" ? 1 : -1;
        focusItem(items[current < 0 ? (step > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + step))]);
        return;
      }
      if (current < 0 || !["a", "r", "e"].includes(key)) return;
      const item = items[current]!;
      event.preventDefault();
      if (key === "e") {
        const field = item.querySelector<HTMLElement>("form input:not([type=hidden]), form select, form textarea");
        field?.focus();
        // The caret at the end, ready to change the suggested value rather than type before it.
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.setSelectionRange(field.value.length, field.value.length);
        return;
      }
      const button = item.querySelector<HTMLButtonElement>(`form button[value='${key === "a" ? "accept" : "reject"}']`);
      if (!button || button.disabled) return;
      const following = items[current + 1] ?? items[current - 1];
      nextAfterDecision.current = following ? Number(following.dataset.suggestionId) : null;
      button.click();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <p id="review-keys" className="rounded border border-line bg-paper p-2 text-sm">
      <span className="font-medium">Keyboard:</span> <kbd>j</kbd> / <kbd>k</kbd> next / previous pending suggestion · <kbd>a</kbd> accept ·{" "}
      <kbd>r</kbd> reject · <kbd>e</kbd> edit (first field; <kbd>Tab</kbd> on, <kbd>Enter</kbd> on Accept saves). Keys typed in a field are not taken.
    </p>
  );
}
