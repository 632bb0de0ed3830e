import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { ErrorBoundary } from "~/root";
import { LanguageProvider } from "~/components/use-text";
import type { Language } from "~/i18n/language";
import { textOf } from "../routes/render";

/** Render the root error boundary for a request to `path` in a router whose routes throw. */
async function renderError(path: string, language: Language): Promise<string> {
  const routes = [
    {
      id: "root",
      path: "/",
      ErrorBoundary,
      children: [
        { path: "forbidden", loader: () => { throw new Response("Forbidden", { status: 403 }); }, Component: () => null },
        { path: "bad", loader: () => { throw new Response("raw zod text", { status: 400 }); }, Component: () => null },
        { path: "crash", loader: () => { throw new Error("database is locked"); }, Component: () => null },
      ],
    },
  ];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`routing failed with status ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <LanguageProvider language={language}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </LanguageProvider>,
  );
  return textOf(html).trim();
}

describe("root error boundary", () => {
  const cases: [string, Language, string][] = [
    ["/forbidden", "nl", "Geen toegang Je hebt geen rechten voor deze pagina of actie. Vraag een beheerder om toegang als je die nodig hebt."],
    ["/forbidden", "en", "No access You are not allowed to open this page or do this action. Ask an admin for access if you need it."],
    ["/nope", "en", "Not found This page or item does not exist (any more)."],
    ["/nope", "nl", "Niet gevonden Deze pagina of dit item bestaat niet (meer)."],
    ["/bad", "en", "Invalid input The request contains invalid data. Go back, check the input and try again."],
    ["/crash", "nl", "Er ging iets mis Er ging onverwacht iets mis. Probeer het opnieuw; blijft het misgaan, meld dan het tijdstip aan de beheerder."],
  ];
  test.each(cases)("%s in %s", async (path, language, expected) => {
    const text = await renderError(path, language);
    expect(text).toBe(expected);
  });

  test("response body never shown", async () => {
    expect(await renderError("/forbidden", "nl")).not.toContain("Forbidden");
    expect(await renderError("/nope", "en")).not.toContain("No route matches");
    expect(await renderError("/bad", "en")).not.toContain("raw zod text");
    expect(await renderError("/crash", "en")).not.toContain("database is locked");
  });
});
