// The session cookie's names: better-auth prefixes "__Secure-" when APP_URL is https.
export const SESSION_COOKIE_NAMES = ["tracker.session_token", "__Secure-tracker.session_token"] as const;
