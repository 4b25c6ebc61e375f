"use server";
// Editor forms for initiatives. The client form sends its state as one JSON "payload" field (lists of aliases,
// countries, actors and citations do not fit flat form fields), validated by the same schemas as the API.
import { revalidatePath } from "next/cache";
import { formJson, formText, protectedAction } from "@/lib/auth/action";
import { createInitiative, updateInitiative } from "./mutations";
import { initiativeCreateInputSchema, initiativeUpdateInputSchema } from "./schemas";

export const createInitiativeAction = protectedAction(
  "createInitiativeAction",
  initiativeCreateInputSchema,
  (fd) => formJson(fd, "payload") ?? {},
  async ({ actor, db }, input) => {
    const created = await createInitiative(db, actor, input);
    revalidatePath("/", "layout");
    return { status: "success", message: `Created “${created.name}”.`, redirectTo: `/editor/initiatives/${created.slug}` };
  },
);

export const updateInitiativeAction = protectedAction(
  "updateInitiativeAction",
  initiativeUpdateInputSchema,
  (fd) => formJson(fd, "payload") ?? {},
  async ({ actor, db }, input, fd) => {
    const updated = await updateInitiative(db, actor, formText(fd, "slug") ?? "", input);
    revalidatePath("/", "layout");
    return { status: "success", message: `Saved. “${updated.name}” is now at version ${updated.version}.`, data: { version: updated.version } };
  },
);
