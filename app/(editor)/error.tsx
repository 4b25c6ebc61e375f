"use client";

export default function EditorError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="max-w-2xl space-y-3">
      <h1 className="text-3xl font-semibold">Something went wrong</h1>
      <p>The page could not be shown. Nothing you had not already saved was stored.</p>
      <button type="button" onClick={reset} className="rounded border border-line px-3 py-1.5">
        Try again
      </button>
    </div>
  );
}
