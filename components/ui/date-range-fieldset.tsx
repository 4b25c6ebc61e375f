const DATE_PATTERN = "\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?)?";
const inputClass =
  "w-full rounded-md border border-line bg-paper px-2.5 py-1.5 text-sm text-ink placeholder:text-muted/80 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent invalid:border-status-stalled";

/** "From" and "To" fields of a filter form, each a year, quarter, month or day (the lists' date syntax). */
export function DateRangeFieldset({
  formId,
  legend,
  from,
  to,
  numericKeypad = false,
}: {
  formId: string;
  legend: string;
  from: string | undefined;
  to: string | undefined;
  /** Ask touch keyboards for digits (then "Q" has to be typed from another layout). */
  numericKeypad?: boolean;
}) {
  const hintId = `${formId}-date-hint`;
  const inputMode = numericKeypad ? "numeric" : undefined;
  return (
    <fieldset className="min-w-0 border-t border-line pt-4">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <p id={hintId} className="mb-2 text-xs text-muted">
        A year, quarter, month or day: 2024, 2024-Q3, 2024-09 or 2024-09-15.
      </p>
      <div className="grid grid-cols-2 gap-2">
        <label className="text-xs text-muted">
          From
          <input name="from" defaultValue={from ?? ""} inputMode={inputMode} pattern={DATE_PATTERN} placeholder="2020" aria-describedby={hintId} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs text-muted">
          To
          <input name="to" defaultValue={to ?? ""} inputMode={inputMode} pattern={DATE_PATTERN} placeholder="2025-Q4" aria-describedby={hintId} className={`${inputClass} mt-1`} />
        </label>
      </div>
    </fieldset>
  );
}
