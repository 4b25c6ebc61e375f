/** "China–ASEAN AI Centre (Nanning)" → "china-asean-ai-centre-nanning"; falls back to "initiative" for non-Latin names. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug.length >= 3 ? slug : `initiative-${slug || Date.now().toString(36)}`;
}
