/**
 * The "Sort by" select of a list, joined to its filter form with `form=`. The default order has an empty value, so it
 * stays out of the URL and adding a search switches to relevance; "relevance" is offered only with a search.
 */
export function SortSelect<S extends string>({
  formId,
  labels,
  sort,
  defaultSort,
  hasQuery,
  className,
  selectClassName,
}: {
  formId: string;
  labels: Record<S, string>;
  sort: S;
  defaultSort: S;
  hasQuery: boolean;
  className: string;
  selectClassName: string;
}) {
  return (
    <label className={className}>
      Sort by
      <select name="sort" form={formId} defaultValue={sort === defaultSort ? "" : sort} className={selectClassName}>
        <option value="">{labels[defaultSort]}</option>
        {(Object.keys(labels) as S[])
          .filter((s) => s !== defaultSort && (s !== "relevance" || hasQuery))
          .map((s) => (
            <option key={s} value={s}>
              {labels[s]}
            </option>
          ))}
      </select>
    </label>
  );
}
