// Types of lib/auth/session-cookies.mjs.
export declare const SESSION_COOKIE_NAMES: readonly ["tracker.session_token", "__Secure-tracker.session_token"];
