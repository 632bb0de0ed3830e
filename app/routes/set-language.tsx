import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { z } from "zod";
import { languageCookie } from "~/i18n/language.server";

const schema = z.object({
  language: z.enum(["nl", "en"]),
  // Only paths on this site: a full URL here would make this an open redirect.
  redirectTo: z.string().regex(/^\/(?!\/)/).catch("/"),
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
