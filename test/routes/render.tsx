import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { LanguageProvider } from "~/components/use-text";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import type { Language } from "~/i18n/language";

/**
 * Render a page component to HTML in a language, inside a static data router so that Link and Form
 * work (createRemixStub is not installed). The component gets its data as props, not from a loader.
 */
export async function renderPage(element: ReactElement, language: Language): Promise<string> {
  const routes = [{ path: "*", element }];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request("http://localhost/"));
  if (context instanceof Response) throw new Error(`routing failed with status ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <LanguageProvider language={language}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </LanguageProvider>,
  );
}

/** Extract the visible text of rendered HTML: tags removed, entities of quotes decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
