export type FacetOption = { value: string; label: string; count: number; selected: boolean; lang?: string };

function Option({ name, option, formId, noun }: { name: string; option: FacetOption; formId: string; noun: string }) {
  const isEmpty = option.count === 0 && !option.selected;
  return (
    <li>
      <label
        className={`flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-sm hover:bg-line/40 has-[:checked]:bg-accent/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-accent ${
          isEmpty ? "text-muted" : "text-ink"
        }`}
      >
        <input
          type="checkbox"
          name={name}
          value={option.value}
          form={formId}
          defaultChecked={option.selected}
          className="size-4 shrink-0 accent-accent focus-visible:outline-none"
        />
        <span lang={option.lang} className="min-w-0 flex-1 break-words">
          {option.label}
        </span>
        <span aria-hidden="true" className="shrink-0 text-xs text-muted tabular-nums">
          {option.count}
        </span>
        <span className="sr-only">{`(${option.count} ${noun}${option.count === 1 ? "" : "s"})`}</span>
      </label>
    </li>
  );
}

/**
 * One facet as a fieldset of checkboxes (multi-select, OR within the facet) with live counts. Long facets show the
 * first `visible` options and fold the rest into a native disclosure; selected options always stay in view.
 */
export function FacetGroup({
  legend,
  name,
  options,
  formId,
  visible = 8,
  noun = "initiative",
}: {
  legend: string;
  name: string;
  options: FacetOption[];
  formId: string;
  visible?: number;
  noun?: string;
}) {
  if (!options.length) return null;
  // Original order (never re-ranked on selection, so a toggled checkbox keeps its place and its focus).
  const shown = options.filter((o, i) => i < visible || o.selected);
  const folded = options.filter((o, i) => i >= visible && !o.selected);
  const selectedCount = options.filter((o) => o.selected).length;
  return (
    <fieldset className="min-w-0 border-t border-line pt-4">
      <legend className="float-left mb-2 flex w-full items-baseline justify-between text-sm font-semibold">
        <span>{legend}</span>
        {selectedCount > 0 && <span className="text-xs font-normal text-muted">{selectedCount} selected</span>}
      </legend>
      <ul className="clear-left space-y-0.5">
        {shown.map((o) => (
          <Option key={o.value} name={name} option={o} formId={formId} noun={noun} />
        ))}
      </ul>
      {folded.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer rounded-md px-2 py-1 text-sm text-accent hover:underline">
            {folded.length} more {legend.toLowerCase()}
          </summary>
          <ul className="mt-1 space-y-0.5">
            {folded.map((o) => (
              <Option key={o.value} name={name} option={o} formId={formId} noun={noun} />
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}
