// Security headers for every response: a strict nonce-based CSP for pages (no 'unsafe-inline' scripts), and the
// usual hardening headers everywhere. Styles allow 'unsafe-inline' because server-rendered style attributes
// (chart sizes, status colours) cannot carry nonces; scripts never do.
export type SecurityHeaderOptions = { nonce: string; isDev: boolean; isHttps: boolean };

export function contentSecurityPolicy({ nonce, isDev }: Pick<SecurityHeaderOptions, "nonce" | "isDev">): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "report-uri /api/csp-report",
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.isHttps) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
