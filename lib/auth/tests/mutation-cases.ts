// One valid call per registered mutation, for the authorization matrix. Each case sets up its own fresh data, so
// a success in one cell never changes what the next cell sees. Route handlers are called as Next.js calls them
// (a real Request); server actions with the request headers they would read from next/headers.
import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { createInitiative, createSource } from "@/db/factories";
import { suggestions } from "@/db/schema";
import type { ActionMutationId, RouteMutationId } from "../mutation-registry";
import { type Caller, callerHeaders, createSignedInUser, createTokenFor, jsonRequest, ORIGIN, params } from "./harness";
import type { FormState } from "../action";

export const PASSAGE = "signed a memorandum of understanding on digital cooperation";
export const SOURCE_TEXT = `On 2 April 2025 the two ministries ${PASSAGE} in Vientiane, officials said.`;

const suffix = () => randomBytes(4).toString("hex");

async function fixture(database: Database) {
  const source = await createSource(database.db, { fullText: `${SOURCE_TEXT} Ref ${suffix()}.` });
  const initiative = await createInitiative(database.db, {
    source,
    status: "proposed",
    milestones: [{ description: "Announced", occurredOn: "2024-05-01", quote: PASSAGE }],
  });
  return { source, initiative };
}

/**
 * Pending suggestions to decide on, made up front (a cell counts the rows written while it runs): each call takes
 * the next one, so an allowed call never meets a suggestion decided by the cell before. Rejected: only the decision.
 */
async function pendingSuggestions(database: Database, n = 24) {
  const { source } = await fixture(database);
  const quoteStart = SOURCE_TEXT.indexOf("Vientiane");
  const row = { sourceId: source.id, kind: "country" as const, payload: { code: "LA", evidence: [], initiativeSlug: null }, quote: "Vientiane", quoteStart, quoteEnd: quoteStart + 9 };
  const rows = await database.db.insert(suggestions).values(Array.from({ length: n }, () => row)).returning({ id: suggestions.id });
  const ids = rows.map((r) => r.id);
  return () => ({ sourceId: source.id, suggestionId: ids.shift()! });
}

const cite = (sourceId: number) => [{ sourceId, quote: PASSAGE }];

export type RunCase = (caller: Caller) => Promise<number>;
export type CaseSetup = (database: Database) => Promise<RunCase>;

type RouteModule = Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;

export const ROUTE_CASES: Partial<Record<RouteMutationId, CaseSetup>> = {
  "POST /api/v1/initiatives": async (database) => {
    const { source } = await fixture(database);
    const { POST } = (await import("@/app/api/v1/initiatives/route")) as unknown as RouteModule;
    return async (caller) =>
      (await POST!(
        jsonRequest("POST", "/api/v1/initiatives", { name: `Matrix initiative ${suffix()}`, summary: "Created by the authorization matrix.", status: "proposed", citations: cite(source.id) }, caller),
        params({}),
      )).status;
  },
  "PATCH /api/v1/initiatives/[slug]": async (database) => {
    const { initiative } = await fixture(database);
    const { PATCH } = (await import("@/app/api/v1/initiatives/[slug]/route")) as unknown as RouteModule;
    return async (caller) =>
      (await PATCH!(jsonRequest("PATCH", `/api/v1/initiatives/${initiative.slug}`, { summary: `Edited ${suffix()} by the matrix.`, version: 1 }, caller), params({ slug: initiative.slug }))).status;
  },
  "POST /api/v1/initiatives/[slug]/milestones": async (database) => {
    const { initiative, source } = await fixture(database);
    const { POST } = (await import("@/app/api/v1/initiatives/[slug]/milestones/route")) as unknown as RouteModule;
    const body = { kind: "signed", description: "MoU signed", occurredOn: "2025-04-02", citations: cite(source.id), version: 1 };
    return async (caller) => (await POST!(jsonRequest("POST", `/api/v1/initiatives/${initiative.slug}/milestones`, body, caller), params({ slug: initiative.slug }))).status;
  },
  "POST /api/v1/initiatives/[slug]/status-changes": async (database) => {
    const { initiative, source } = await fixture(database);
    const { POST } = (await import("@/app/api/v1/initiatives/[slug]/status-changes/route")) as unknown as RouteModule;
    const body = { status: "agreed", effectiveOn: "2025-04-02", note: "The MoU was signed.", citations: cite(source.id), version: 1 };
    return async (caller) =>
      (await POST!(jsonRequest("POST", `/api/v1/initiatives/${initiative.slug}/status-changes`, body, caller), params({ slug: initiative.slug }))).status;
  },
  "POST /api/v1/sources": async () => {
    const { POST } = (await import("@/app/api/v1/sources/route")) as unknown as RouteModule;
    return async (caller) => {
      const tag = suffix();
      const body = { title: `Matrix article ${tag}`, publisher: "Example", url: `https://news.example.org/article-${tag}`, text: `${SOURCE_TEXT} Ref ${tag}.`, sourceType: "independent-press" };
      return (await POST!(jsonRequest("POST", "/api/v1/sources", body, caller), params({}))).status;
    };
  },
  "POST /api/v1/sources/[id]/suggestions/[suggestionId]/decision": async (database) => {
    const { POST } = (await import("@/app/api/v1/sources/[id]/suggestions/[suggestionId]/decision/route")) as unknown as RouteModule;
    const next = await pendingSuggestions(database);
    return async (caller) => {
      const { sourceId, suggestionId } = next();
      const path = `/api/v1/sources/${sourceId}/suggestions/${suggestionId}/decision`;
      return (await POST!(jsonRequest("POST", path, { decision: "reject" }, caller), params({ id: String(sourceId), suggestionId: String(suggestionId) }))).status;
    };
  },
  "POST /api/v1/sources/[id]/review": async (database) => {
    const { POST } = (await import("@/app/api/v1/sources/[id]/review/route")) as unknown as RouteModule;
    const next = await pendingSuggestions(database);
    return async (caller) => {
      const { sourceId, suggestionId } = next();
      const body = { decisions: [{ decision: "reject", suggestionId }] };
      return (await POST!(jsonRequest("POST", `/api/v1/sources/${sourceId}/review`, body, caller), params({ id: String(sourceId) }))).status;
    };
  },
  "POST /api/v1/import-jobs": async () => {
    const { POST } = (await import("@/app/api/v1/import-jobs/route")) as unknown as RouteModule;
    // One broken row: the job starts (and is audited) but its background run writes no tracked data.
    return async (caller) => {
      const upload = new FormData();
      upload.set("file", new File([`title,publisher,text
,Example,${suffix()}
`], "matrix.csv", { type: "text/csv" }));
      const request = new Request(`${ORIGIN}/api/v1/import-jobs`, { method: "POST", headers: callerHeaders(caller), body: upload });
      return (await POST!(request, params({}))).status;
    };
  },
};

/** Set by the matrix test: how an action is invoked with a caller's headers, and how its outcome maps to HTTP. */
export type ActionInvoker = (caller: Caller, action: (state: FormState, fd: FormData) => Promise<FormState>, fd: FormData) => Promise<number>;

const form = (values: Record<string, string | number | boolean | object>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, typeof v === "object" ? JSON.stringify(v) : String(v));
  return fd;
};

export function actionCases(invoke: ActionInvoker): Partial<Record<ActionMutationId, CaseSetup>> {
  return {
    createInitiativeAction: async (database) => {
      const { source } = await fixture(database);
      const { createInitiativeAction } = await import("@/lib/initiatives/actions");
      return (caller) =>
        invoke(caller, createInitiativeAction, form({ payload: { name: `Matrix action ${suffix()}`, summary: "Created through the editor form.", status: "proposed", citations: cite(source.id) } }));
    },
    updateInitiativeAction: async (database) => {
      const { initiative } = await fixture(database);
      const { updateInitiativeAction } = await import("@/lib/initiatives/actions");
      return (caller) => invoke(caller, updateInitiativeAction, form({ slug: initiative.slug, payload: { name: `Renamed ${suffix()}`, version: 1 } }));
    },
    changeStatusAction: async (database) => {
      const { initiative, source } = await fixture(database);
      const { changeStatusAction } = await import("@/lib/status-changes/actions");
      return (caller) =>
        invoke(caller, changeStatusAction, form({ slug: initiative.slug, status: "agreed", effectiveOn: "2025-04", note: "Signed.", citations: cite(source.id), version: 1 }));
    },
    createMilestoneAction: async (database) => {
      const { initiative, source } = await fixture(database);
      const { createMilestoneAction } = await import("@/lib/milestones/actions");
      return (caller) =>
        invoke(caller, createMilestoneAction, form({ slug: initiative.slug, kind: "signed", description: "MoU signed", occurredOn: "2025-04-02", citations: cite(source.id), version: 1 }));
    },
    updateMilestoneAction: async (database) => {
      const { initiative, source } = await fixture(database);
      const milestoneId = await firstMilestoneId(database, initiative.id);
      const { updateMilestoneAction } = await import("@/lib/milestones/actions");
      return (caller) =>
        invoke(caller, updateMilestoneAction, form({ slug: initiative.slug, milestoneId, kind: "announced", description: "Announced in Nanning", occurredOn: "2024-05", citations: cite(source.id), version: 1 }));
    },
    deleteMilestoneAction: async (database) => {
      const { initiative } = await fixture(database);
      const milestoneId = await firstMilestoneId(database, initiative.id);
      const { deleteMilestoneAction } = await import("@/lib/milestones/actions");
      return (caller) => invoke(caller, deleteMilestoneAction, form({ slug: initiative.slug, milestoneId, version: 1, reason: "Duplicate of another milestone." }));
    },
    createSourceAction: async () => {
      const { createSourceAction } = await import("@/lib/sources/actions");
      return (caller) =>
        invoke(caller, createSourceAction, form({ url: `https://news.example.org/matrix-${suffix()}`, title: "Matrix source", publisher: "Example", language: "en", sourceType: "independent-press" }));
    },
    addArticleAction: async () => {
      const { addArticleAction } = await import("@/lib/ingest/actions");
      return (caller) =>
        invoke(caller, addArticleAction, form({ intent: "save", text: `${SOURCE_TEXT} Ref ${suffix()}.`, title: "Matrix article", publisher: "Example", language: "en", sourceType: "independent-press" }));
    },
    reviewSuggestionAction: async (database) => {
      const { ingestArticle } = await import("@/lib/ingest/mutations");
      const stored = await ingestArticle(database.db, null, { text: `${SOURCE_TEXT} Ref ${suffix()}.`, title: "Matrix article", publisher: "Example", sourceType: "independent-press", publishedOn: "2025-04-03" }, "api");
      const { suggestions } = await import("@/db/schema");
      const { eq } = await import("drizzle-orm");
      const [pending] = await database.db.select({ id: suggestions.id }).from(suggestions).where(eq(suggestions.sourceId, stored.source.id));
      const { reviewSuggestionAction } = await import("@/lib/ingest/actions");
      return (caller) => invoke(caller, reviewSuggestionAction, form({ decision: "reject", suggestionId: pending!.id }));
    },
    reviewBatchAction: async (database) => {
      const next = await pendingSuggestions(database);
      const { reviewBatchAction } = await import("@/lib/ingest/actions");
      return (caller) => {
        const { sourceId, suggestionId } = next();
        return invoke(caller, reviewBatchAction, form({ sourceId, decisions: [{ decision: "reject", suggestionId }] }));
      };
    },
    createApiTokenAction: async () => {
      const { createApiTokenAction } = await import("@/lib/api-tokens/actions");
      return (caller) => invoke(caller, createApiTokenAction, form({ name: "matrix script" }));
    },
    revokeApiTokenAction: async (database) => {
      const { revokeApiTokenAction } = await import("@/lib/api-tokens/actions");
      const { createApiToken } = await import("@/lib/api-tokens/mutations");
      const { users } = await import("@/db/schema");
      // A live token for every user, so each caller revokes their own (users revoke only their own tokens).
      const tokenOf = new Map<string, number>();
      for (const user of await database.db.select({ id: users.id, role: users.role }).from(users)) {
        const { id } = await createApiToken(database.db, { userId: user.id, role: user.role, email: "", name: "", via: "session" }, { name: "to revoke" });
        tokenOf.set(user.id, id);
      }
      const anyToken = [...tokenOf.values()][0]!;
      return (caller) =>
        invoke(caller, revokeApiTokenAction, form({ tokenId: (caller.kind === "cookie" && tokenOf.get(caller.user.actor.userId)) || anyToken }));
    },
    createUserAction: async () => {
      const { createUserAction } = await import("@/lib/users/actions");
      return (caller) => invoke(caller, createUserAction, form({ email: `new-${suffix()}@test.example`, name: "New colleague", role: "viewer" }));
    },
    changeUserRoleAction: async (database) => {
      const target = await createSignedInUser(database, "viewer");
      const { changeUserRoleAction } = await import("@/lib/users/actions");
      return (caller) => invoke(caller, changeUserRoleAction, form({ userId: target.actor.userId, role: "editor" }));
    },
    setUserDisabledAction: async (database) => {
      const target = await createSignedInUser(database, "viewer");
      const { setUserDisabledAction } = await import("@/lib/users/actions");
      return (caller) => invoke(caller, setUserDisabledAction, form({ userId: target.actor.userId, disabled: "true", reason: "Left the team." }));
    },
  };
}

async function firstMilestoneId(database: Database, initiativeId: number): Promise<number> {
  const { milestones } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const [row] = await database.db.select({ id: milestones.id }).from(milestones).where(eq(milestones.initiativeId, initiativeId));
  return row!.id;
}

export { createTokenFor };
