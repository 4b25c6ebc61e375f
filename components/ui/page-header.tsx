import Link from "next/link";
import type { ReactNode } from "react";

export type Crumb = { href: string; label: string };

/**
 * The top of every browsing page: breadcrumbs, title, a short description, and a toolbar row on the right
 * (`actions`) where page-level tools — export, cite, follow, "as of" — sit without crowding the title.
 */
export function PageHeader({
  crumbs = [],
  eyebrow,
  title,
  titleLang,
  description,
  actions,
  children,
}: {
  crumbs?: Crumb[];
  eyebrow?: ReactNode;
  title: ReactNode;
  titleLang?: string;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="mb-8 border-b border-line pb-6">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumb" className="mb-3 text-sm print:hidden">
          <ol className="flex flex-wrap items-center gap-x-1.5 text-muted">
            {crumbs.map((c) => (
              <li key={c.href} className="flex items-center gap-1.5">
                <Link href={c.href} className="text-muted hover:text-ink">
                  {c.label}
                </Link>
                <span aria-hidden="true">/</span>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0 max-w-3xl space-y-2">
          {eyebrow && <div className="text-sm font-medium tracking-wide text-muted uppercase">{eyebrow}</div>}
          <h1 lang={titleLang} className="text-3xl leading-tight font-semibold text-balance sm:text-4xl">
            {title}
          </h1>
          {description && <div className="text-base leading-relaxed text-muted sm:text-lg">{description}</div>}
        </div>
        {/* Toolbar slot: page-level actions (Export, Cite this, Follow, "as of") are rendered here by their owners. */}
        <div data-slot="page-actions" className="flex shrink-0 flex-wrap items-center gap-2 empty:hidden print:hidden">
          {actions}
        </div>
      </div>
      {children && <div className="mt-5">{children}</div>}
    </header>
  );
}
