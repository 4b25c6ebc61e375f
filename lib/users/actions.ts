"use server";
import { revalidatePath } from "next/cache";
import { formText, protectedAction } from "@/lib/auth/action";
import { changeUserRole, createUserAccount, setUserDisabled } from "./mutations";
import { userCreateInputSchema, userDisableInputSchema, userRoleInputSchema } from "./schemas";

export const createUserAction = protectedAction(
  "createUserAction",
  userCreateInputSchema,
  (fd) => ({ email: formText(fd, "email"), name: formText(fd, "name"), role: formText(fd, "role"), password: formText(fd, "password") }),
  async ({ actor, db }, input) => {
    const { user, generatedPassword } = await createUserAccount(db, actor, input);
    revalidatePath("/admin/users");
    return {
      status: "success",
      message: generatedPassword
        ? `Created ${user.email}. Their password is shown only now: pass it on securely.`
        : `Created ${user.email} with the password you chose.`,
      data: { userId: user.id, ...(generatedPassword && { password: generatedPassword }) },
    };
  },
);

export const changeUserRoleAction = protectedAction(
  "changeUserRoleAction",
  userRoleInputSchema,
  (fd) => ({ userId: formText(fd, "userId"), role: formText(fd, "role") }),
  async ({ actor, db }, input) => {
    const user = await changeUserRole(db, actor, input);
    revalidatePath("/admin/users");
    return { status: "success", message: `${user.email} is now ${user.role}.` };
  },
);

export const setUserDisabledAction = protectedAction(
  "setUserDisabledAction",
  userDisableInputSchema,
  (fd) => ({ userId: formText(fd, "userId"), disabled: formText(fd, "disabled") === "true", reason: formText(fd, "reason") }),
  async ({ actor, db }, input) => {
    const user = await setUserDisabled(db, actor, input);
    revalidatePath("/admin/users");
    return { status: "success", message: `${user.email} is ${user.banned ? "disabled" : "enabled again"}.` };
  },
);
