"use server";
import { revalidatePath } from "next/cache";
import { formText, protectedAction } from "@/lib/auth/action";
import { createSource } from "./mutations";
import { sourceCreateInputSchema } from "./schemas";

export const createSourceAction = protectedAction(
  "createSourceAction",
  sourceCreateInputSchema,
  (fd) => ({
    url: formText(fd, "url"),
    title: formText(fd, "title"),
    publisher: formText(fd, "publisher"),
    publishedOn: formText(fd, "publishedOn"),
    language: formText(fd, "language"),
    sourceType: formText(fd, "sourceType"),
    fullText: formText(fd, "fullText"),
  }),
  async ({ actor, db }, input) => {
    const source = await createSource(db, actor, input);
    revalidatePath("/", "layout");
    return { status: "success", message: `Source ${source.id} added: “${source.title}”.`, data: { sourceId: source.id } };
  },
);
