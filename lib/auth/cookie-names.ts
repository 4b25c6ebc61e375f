// The session cookie's names (one list, in plain JavaScript: the page cache's server reads it too).
export { SESSION_COOKIE_NAMES } from "./session-cookies.mjs";
