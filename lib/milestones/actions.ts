"use server";
import { revalidatePath } from "next/cache";
import { formJson, formNumber, formText, protectedAction } from "@/lib/auth/action";
import { createMilestone, deleteMilestone, updateMilestone } from "./mutations";
import { milestoneCreateInputSchema, milestoneDeleteInputSchema, milestoneUpdateInputSchema } from "./schemas";

const fields = (fd: FormData) => ({
  kind: formText(fd, "kind"),
  description: formText(fd, "description"),
  occurredOn: formText(fd, "occurredOn"),
  isPlanned: fd.get("isPlanned") === "on" || fd.get("isPlanned") === "true",
  citations: formJson(fd, "citations") ?? [],
  version: formNumber(fd, "version"),
});

const back = (fd: FormData, saved: string) => `/editor/initiatives/${formText(fd, "slug") ?? ""}?saved=${saved}`;

export const createMilestoneAction = protectedAction("createMilestoneAction", milestoneCreateInputSchema, fields, async ({ actor, db }, input, fd) => {
  await createMilestone(db, actor, formText(fd, "slug") ?? "", input);
  revalidatePath("/", "layout");
  return { status: "success", message: "Milestone added.", redirectTo: back(fd, "milestone") };
});

export const updateMilestoneAction = protectedAction(
  "updateMilestoneAction",
  milestoneUpdateInputSchema,
  (fd) => ({ ...fields(fd), milestoneId: formNumber(fd, "milestoneId") }),
  async ({ actor, db }, input, fd) => {
    await updateMilestone(db, actor, formText(fd, "slug") ?? "", input);
    revalidatePath("/", "layout");
    return { status: "success", message: "Milestone saved.", redirectTo: back(fd, "milestone") };
  },
);

export const deleteMilestoneAction = protectedAction(
  "deleteMilestoneAction",
  milestoneDeleteInputSchema,
  (fd) => ({ milestoneId: formNumber(fd, "milestoneId"), version: formNumber(fd, "version"), reason: formText(fd, "reason") }),
  async ({ actor, db }, input, fd) => {
    await deleteMilestone(db, actor, formText(fd, "slug") ?? "", input);
    revalidatePath("/", "layout");
    return { status: "success", message: "Milestone removed.", redirectTo: back(fd, "milestone-removed") };
  },
);
