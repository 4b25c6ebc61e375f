import { exportHref, feedHref } from "@/lib/export/urls";
import { filtersToSearchParams, type InitiativeFilters } from "@/lib/initiatives/filters";
import { menuItemClass, menuPanelClass, toolbarButtonClass } from "./styles";

/**
 * "Export" for the view on screen: every matching row (all pages) as CSV or JSON, the sources behind it for
 * reference managers, the same data from the API, and the whole dataset. Plain links in a <details> menu:
 * works without JavaScript, and every URL is a stable address for the view.
 */
export function ExportMenu({ filters, label = "Export" }: { filters: Partial<InitiativeFilters>; label?: string }) {
  const api = filtersToSearchParams(filters).toString();
  const groups: { heading: string; links: { href: string; label: string; download?: boolean }[] }[] = [
    {
      heading: "This view",
      links: [
        { href: exportHref("initiatives.csv", filters), label: "Initiatives (CSV)", download: true },
        { href: exportHref("milestones.csv", filters), label: "Milestones with sources (CSV)", download: true },
        { href: exportHref("initiatives.json", filters), label: "Initiatives (JSON)", download: true },
        { href: exportHref("milestones.json", filters), label: "Milestones (JSON)", download: true },
      ],
    },
    {
      heading: "Its sources",
      links: [
        { href: exportHref("sources.bib", filters), label: "BibTeX", download: true },
        { href: exportHref("sources.ris", filters), label: "RIS (Zotero, EndNote)", download: true },
        { href: exportHref("sources.csl.json", filters), label: "CSL-JSON", download: true },
      ],
    },
    {
      heading: "More",
      links: [
        { href: `/api/v1/initiatives${api ? `?${api}` : ""}`, label: "This view in the API" },
        { href: feedHref(filters), label: "Atom feed of changes" },
        { href: "/api/v1/dataset.json", label: "Whole dataset (JSON)", download: true },
        { href: "/api", label: "API documentation" },
      ],
    },
  ];
  return (
    <details className="group relative" data-testid="export-menu">
      <summary className={toolbarButtonClass}>
        {label}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className={menuPanelClass}>
        {groups.map((group) => (
          <div key={group.heading} className="py-1">
            <p className="px-3 pt-1 pb-0.5 text-xs font-semibold tracking-wide text-muted uppercase">{group.heading}</p>
            <ul>
              {group.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} download={link.download || undefined} className={menuItemClass}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}
