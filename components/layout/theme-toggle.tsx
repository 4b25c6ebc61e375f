"use client";

import { useEffect, useSyncExternalStore } from "react";

// The theme follows the system until the reader picks one; the pick is kept in localStorage and applied as a
// class on <html> after hydration (no inline script, so the strict CSP needs no exception).
const STORAGE_KEY = "theme";

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", onChange);
  };
}

function readIsDark() {
  const root = document.documentElement.classList;
  if (root.contains("dark")) return true;
  if (root.contains("light")) return false;
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function applyTheme(theme: "dark" | "light") {
  const root = document.documentElement.classList;
  root.toggle("dark", theme === "dark");
  root.toggle("light", theme === "light");
}

export function ThemeToggle() {
  const isDark = useSyncExternalStore(subscribe, readIsDark, () => false);

  useEffect(() => {
    try {
      const saved = localStorage.getItem(STORAGE_KEY);
      if (saved === "dark" || saved === "light") applyTheme(saved);
    } catch {
      // storage unavailable: follow the system
    }
  }, []);

  return (
    <button
      type="button"
      aria-pressed={isDark}
      onClick={() => {
        const next = isDark ? "light" : "dark";
        applyTheme(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // private mode: the choice lasts for this page only
        }
      }}
      className="rounded border border-line px-2 py-1 text-sm text-ink hover:bg-line/40"
    >
      Dark mode
    </button>
  );
}
