// Shared classes for the open-data toolbar (export menu, follow link, as-of control), matching components/ui.
export const toolbarButtonClass =
  "inline-flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-line bg-paper px-3 py-1.5 text-sm font-medium text-ink hover:border-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent [&::-webkit-details-marker]:hidden";
export const menuPanelClass =
  "absolute right-0 z-20 mt-1 w-64 divide-y divide-line rounded-md border border-line bg-paper py-1 shadow-lg";
export const menuItemClass =
  "block px-3 py-1.5 text-sm text-ink no-underline hover:bg-line/60 hover:underline focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-accent";
