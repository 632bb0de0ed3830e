import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { z } from "zod";
import { localPathSchema } from "~/auth/safe-path";
import { languageCookie } from "~/i18n/language.server";

const schema = z.object({
  language: z.enum(["nl", "en"]),
  redirectTo: localPathSchema("/"),
});

export async function action({ request }: ActionFunctionArgs) {
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return redirect("/");

  return redirect(parsed.data.redirectTo, {
    headers: { "Set-Cookie": await languageCookie.serialize(parsed.data.language) },
  });
}

export function loader() {
  return redirect("/");
}
