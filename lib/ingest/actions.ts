"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type FormState, formNumber, formText, protectedAction } from "@/lib/auth/action";
import { schemaMessage } from "@/lib/auth/messages";
import { AppError, fieldErrors } from "@/lib/errors";
import { ingestArticle } from "./mutations";
import { reviewSuggestion } from "./review";
import { reviewSuggestions } from "./review-batch";
import { articleInputSchema, reviewBatchInputSchema, reviewInputSchema } from "./schemas";
import { readArticleFile } from "./upload";

const uploaded = (fd: FormData): File | null => {
  const file = fd.get("file");
  return file instanceof File && file.size > 0 ? file : null;
};

const articleFields = (fd: FormData) => ({
  intent: formText(fd, "intent") ?? "save",
  text: formText(fd, "text"),
  title: formText(fd, "title"),
  publisher: formText(fd, "publisher"),
  url: formText(fd, "url"),
  publishedOn: formText(fd, "publishedOn"),
  language: formText(fd, "language"),
  sourceType: formText(fd, "sourceType"),
});

// The article itself is validated once the uploaded file (if any) has been read: see below.
const articleFormSchema = z.looseObject({ intent: z.enum(["read", "save"], { error: "Unknown form action." }) });

/**
 * /sources/new. intent=read: the uploaded file's text (main text of an HTML page), title and language come back to
 * the form for the editor to check, nothing stored. intent=save: the article is stored with its suggestions and
 * the editor goes to its review page — or, for an article already stored, to the existing source's.
 */
export const addArticleAction = protectedAction("addArticleAction", articleFormSchema, articleFields, async ({ actor, db }, _input, fd): Promise<FormState & { redirectTo?: string }> => {
  const fields = articleFields(fd);
  const file = uploaded(fd);
  if (file && fields.text && fields.intent === "save") {
    const message = "Either paste the text or upload a file, not both: clear the text box or the file.";
    return { status: "error", code: "bad_request", message, fieldErrors: { file: [message] } };
  }
  let fromFile: Awaited<ReturnType<typeof readArticleFile>> | null = null;
  try {
    fromFile = file ? await readArticleFile(file) : null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: "error", code: error.code, message: error.message, fieldErrors: { file: [error.message] } };
  }
  // Reading replaces whatever is in the text box: the editor asked for the file's text.
  if (fields.intent === "read") {
    if (!fromFile) return { status: "error", code: "bad_request", message: "Choose a file to read first.", fieldErrors: { file: ["Choose a .txt, .md or .html file."] } };
    return {
      status: "success",
      message: `Read ${fromFile.text.length.toLocaleString("en")} characters from “${file!.name.slice(0, 120)}”. Check the text and the details, then add the article.`,
      data: { text: fromFile.text, title: fromFile.title, language: fromFile.language },
    };
  }
  const parsed = articleInputSchema.safeParse({
    ...fields,
    text: fromFile?.text ?? fields.text,
    title: fields.title ?? fromFile?.title ?? undefined,
    language: fields.language ?? fromFile?.language ?? undefined,
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { status: "error", code: "bad_request", message: schemaMessage(errors), fieldErrors: errors };
  }
  const result = await ingestArticle(db, actor, parsed.data, "form");
  revalidatePath("/", "layout");
  if (!result.created) {
    return { status: "success", message: "This article is already stored.", redirectTo: `/review/${result.source.id}?duplicate=${result.matchedBy}` };
  }
  return { status: "success", message: "Article added.", redirectTo: `/review/${result.source.id}?added=${result.suggestionCount}` };
});

const MESSAGES = { accepted: "Accepted", edited: "Accepted with your changes", rejected: "Rejected" } as const;

export const reviewSuggestionAction = protectedAction(
  "reviewSuggestionAction",
  reviewInputSchema,
  (fd) => ({
    decision: formText(fd, "decision"),
    suggestionId: formNumber(fd, "suggestionId"),
    initiativeSlug: formText(fd, "initiativeSlug")?.trim(),
    countryCode: formText(fd, "countryCode"),
    countryRole: formText(fd, "countryRole"),
    domainSlug: formText(fd, "domainSlug"),
    actorSlug: formText(fd, "actorSlug")?.trim(),
    actorRole: formText(fd, "actorRole"),
    milestoneKind: formText(fd, "milestoneKind"),
    description: formText(fd, "description"),
    occurredOn: formText(fd, "occurredOn")?.trim(),
    // A checkbox sends nothing when unticked: only a milestone form (which has a kind) states it either way.
    isPlanned: fd.has("milestoneKind") ? fd.get("isPlanned") === "on" : undefined,
    toStatus: formText(fd, "toStatus"),
    effectiveOn: formText(fd, "effectiveOn")?.trim(),
    note: formText(fd, "note"),
    version: formNumber(fd, "version"),
  }),
  async ({ actor, db }, input) => {
    const outcome = await reviewSuggestion(db, actor, input);
    revalidatePath("/", "layout");
    const status = outcome.status === "pending" ? "accepted" : outcome.status;
    return { status: "success", message: `${MESSAGES[status]}.`, data: { suggestionId: outcome.suggestionId, decision: outcome.status, ...outcome.result } };
  },
);

const batchFormSchema = reviewBatchInputSchema.extend({ sourceId: z.number({ error: "Missing source." }).int().positive() });

const parseJson = (value: string | undefined): unknown => {
  try {
    return value ? JSON.parse(value) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The review page's bulk controls ("Accept all pending", "Same as the previous article"): the decisions the editor
 * confirmed, listed in the form, applied in one transaction (lib/ingest/review-batch.ts) — all, or none.
 */
export const reviewBatchAction = protectedAction(
  "reviewBatchAction",
  batchFormSchema,
  (fd) => ({ sourceId: formNumber(fd, "sourceId"), decisions: parseJson(formText(fd, "decisions")) }),
  async ({ actor, db }, input) => {
    const outcomes = await reviewSuggestions(db, actor, input.sourceId, input.decisions);
    revalidatePath("/", "layout");
    const n = (status: string) => outcomes.filter((o) => o.status === status).length;
    const parts = [["accepted", n("accepted") + n("edited")], ["rejected", n("rejected")]].filter(([, c]) => Number(c) > 0).map(([w, c]) => `${c} ${w}`);
    return { status: "success", message: `Done: ${parts.join(", ")}.`, data: { applied: outcomes.length } };
  },
);
