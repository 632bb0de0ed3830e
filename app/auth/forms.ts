import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./password-rules";
import { localPathSchema } from "./safe-path";

export const signInSchema = z.object({
  email: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "too_long" }),
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "too_long" }),
  redirectTo: localPathSchema("/"),
});

const newPassword = z
  .string({ error: "required" })
  .min(1, { error: "required" })
  .min(MIN_PASSWORD_LENGTH, { error: "password_too_short" })
  .max(200, { error: "too_long" });

/** New password typed twice: on the sign-up and reset pages. */
export const newPasswordSchema = z
  .object({ newPassword, confirmPassword: z.string({ error: "required" }) })
  .superRefine((input, ctx) => {
    if (input.newPassword !== input.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "password_mismatch" });
    }
  });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "too_long" }),
    newPassword,
    confirmPassword: z.string({ error: "required" }),
  })
  .superRefine((input, ctx) => {
    if (input.newPassword !== input.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "password_mismatch" });
    }
  });
