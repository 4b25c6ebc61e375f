// Every mutating route handler and server action, with the access rule it enforces. The handlers and actions read
// their rule from here (mutationRoute / protectedAction), and the authorization-matrix test iterates this list and
// scans app/ and lib/ for mutating exports: a new route or action without an entry here fails that test.
import type { AccessRule } from "./authorize";

/** "public": no account needed (sign-in itself, the CSP report sink); checked by its own code. */
export type MutationRule = AccessRule | "public";

export const ROUTE_MUTATIONS = {
  "POST /api/v1/initiatives": "editor",
  "PATCH /api/v1/initiatives/[slug]": "editor",
  "POST /api/v1/initiatives/[slug]/milestones": "editor",
  "POST /api/v1/initiatives/[slug]/status-changes": "editor",
  // Article ingestion (lib/ingest): store an article and queue its suggestions; start a bulk import.
  "POST /api/v1/sources": "editor",
  "POST /api/v1/import-jobs": "editor",
  // Review decisions: one, or a batch in one transaction (lib/ingest/review.ts, the review page's mutation).
  "POST /api/v1/sources/[id]/suggestions/[suggestionId]/decision": "editor",
  "POST /api/v1/sources/[id]/review": "editor",
  // Extraction stores nothing; it is rate-limited and size-limited per client (proxy.ts, lib/api/read-body.ts).
  "POST /api/v1/extract": "public",
  // better-auth: sign-in/out and sessions; sign-up is disabled, and it checks Origin against APP_URL itself.
  "POST /api/auth/[...all]": "public",
  // Browsers' CSP violation reports (proxy.ts); stores nothing an attacker could use.
  "POST /api/csp-report": "public",
} as const satisfies Record<string, MutationRule>;

export const ACTION_MUTATIONS = {
  signInAction: "public",
  signOutAction: "public",
  createInitiativeAction: "editor",
  updateInitiativeAction: "editor",
  changeStatusAction: "editor",
  createMilestoneAction: "editor",
  updateMilestoneAction: "editor",
  deleteMilestoneAction: "editor",
  createSourceAction: "editor",
  addArticleAction: "editor",
  reviewSuggestionAction: "editor",
  reviewBatchAction: "editor",
  createApiTokenAction: "editor",
  revokeApiTokenAction: "editor",
  createUserAction: "admin",
  changeUserRoleAction: "admin",
  setUserDisabledAction: "admin",
} as const satisfies Record<string, MutationRule>;

export type RouteMutationId = keyof typeof ROUTE_MUTATIONS;
export type ActionMutationId = keyof typeof ACTION_MUTATIONS;
