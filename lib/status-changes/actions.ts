"use server";
import { revalidatePath } from "next/cache";
import { formJson, formNumber, formText, protectedAction } from "@/lib/auth/action";
import { STATUS_INFO } from "@/lib/vocabulary/statuses";
import { changeStatus } from "./mutations";
import { statusChangeInputSchema } from "./schemas";

export const changeStatusAction = protectedAction(
  "changeStatusAction",
  statusChangeInputSchema,
  (fd) => ({
    status: formText(fd, "status"),
    effectiveOn: formText(fd, "effectiveOn"),
    note: formText(fd, "note"),
    citations: formJson(fd, "citations") ?? [],
    version: formNumber(fd, "version"),
  }),
  async ({ actor, db }, input, fd) => {
    const slug = formText(fd, "slug") ?? "";
    const { version } = await changeStatus(db, actor, slug, input);
    revalidatePath("/", "layout");
    return {
      status: "success",
      message: `Status changed to ${STATUS_INFO[input.status].label}.`,
      data: { version },
      redirectTo: `/editor/initiatives/${slug}?saved=status`,
    };
  },
);
