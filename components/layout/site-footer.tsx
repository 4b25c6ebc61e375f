export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-line">
      <div className="mx-auto max-w-7xl px-4 py-6 text-sm text-muted sm:px-6">
        Every status and milestone cites the article that reports it. Open data; open source.
      </div>
    </footer>
  );
}
