// @ts-check
// The session cookie's names: better-auth prefixes "__Secure-" when APP_URL is https. Plain JavaScript, so that the
// server around Next.js (lib/page-cache/server.mjs) reads the same list as the app (lib/auth/cookie-names.ts).
export const SESSION_COOKIE_NAMES = /** @type {const} */ (["tracker.session_token", "__Secure-tracker.session_token"]);
