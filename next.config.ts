import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts sets the hardening headers on pages and API responses but is not run for build assets (its matcher
  // skips them), so they get the content-independent ones here. (CSP matters only for documents; HSTS on the
  // documents covers the whole host.)
  async headers() {
    const hardening = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
    ];
    return [
      { source: "/_next/static/:path*", headers: hardening },
      { source: "/_next/image", headers: hardening },
      { source: "/favicon.ico", headers: hardening },
    ];
  },
};

export default nextConfig;
