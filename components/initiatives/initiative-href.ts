/**
 * Link to an initiative's page. On a page viewed "as of" a past day, links to other initiatives keep that day, so
 * following one shows it as it stood then (as the linking page does), not today's version.
 */
export const initiativeHref = (slug: string, asOf?: string) =>
  asOf ? `/initiatives/${slug}?${new URLSearchParams({ asOf })}` : `/initiatives/${slug}`;
