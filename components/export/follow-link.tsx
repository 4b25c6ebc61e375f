import { feedHref, initiativeFeedHref } from "@/lib/export/urls";
import type { InitiativeFilters } from "@/lib/initiatives/filters";
import { toolbarButtonClass } from "./styles";

/** "Follow": the Atom feed of what is on screen — a filtered view (list, dashboard) or one initiative. */
export function FollowLink(props: { filters: Partial<InitiativeFilters> } | { slug: string }) {
  const href = "slug" in props ? initiativeFeedHref(props.slug) : feedHref(props.filters);
  const what = "slug" in props ? "this initiative" : "this view";
  return (
    <a href={href} type="application/atom+xml" className={`${toolbarButtonClass} no-underline`} title={`Atom feed of status changes and milestones for ${what}`}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
        <circle cx="3" cy="13" r="2" />
        <path d="M1 6.5v2a6.5 6.5 0 0 1 6.5 6.5h2A8.5 8.5 0 0 0 1 6.5Zm0-5v2A11.5 11.5 0 0 1 12.5 15h2A13.5 13.5 0 0 0 1 1.5Z" />
      </svg>
      Follow <span className="sr-only">{what} (Atom feed)</span>
    </a>
  );
}
