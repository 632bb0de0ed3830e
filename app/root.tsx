import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useNonce } from "./auth/nonce";
import { LanguageProvider } from "./components/use-text";
import { DEFAULT_LANGUAGE, type Language, parseLanguage } from "./i18n/language";
import { getLanguage } from "./i18n/language.server";
import { getActor } from "./people/actor.server";
import type { Role } from "../db/schema";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles.css" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await getActor(request, context.db);
  const user = actor ? { name: actor.name ?? "", role: actor.role } : null;
  return { language: await getLanguage(request), user };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const language: Language = data?.language ?? documentLanguage();
  const nonce = useNonce();
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <LanguageProvider language={language}>
          <Header language={language} user={data?.user ?? null} />
          <main>{children}</main>
        </LanguageProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Header({ language, user }: { language: Language; user: { name: string; role: Role } | null }) {
  const { t } = useTranslation();
  const location = useLocation();
  const other: Language = language === "nl" ? "en" : "nl";
  // Snapshots and imports are for leads and admins; members would only meet a 403 there.
  const items = [
    ["/", "dashboard"],
    ["/teams", "teams"],
    ["/kpis", "kpis"],
    ["/metrics", "metrics"],
    ...(user && user.role !== "member" ? ([["/snapshots", "snapshots"], ["/imports", "imports"]] as const) : []),
    ["/people", "people"],
  ] as const;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        {t("common.appName")}
      </Link>
      {user ? (
        <nav aria-label="main">
          {items.map(([to, key]) => (
            <NavLink key={to} to={to} end={to === "/"}>
              {t(`common.nav.${key}`)}
            </NavLink>
          ))}
          <NavLink to="/reports">{t("quarterReport.nav")}</NavLink>
          <NavLink to="/quarters">{t("quarters.nav")}</NavLink>
          <NavLink to="/correlations">{t("correlations.nav")}</NavLink>
          <NavLink to={user.role !== "member" ? "/mood" : "/survey"}>{t("survey.nav.survey")}</NavLink>
        </nav>
      ) : null}
      {user ? <UserMenu user={user} /> : null}
      <Form method="post" action="/set-language" className="language-switch">
        <input type="hidden" name="language" value={other} />
        <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
        <button type="submit" title={t("common.language.switch")} lang={other}>
          {t(`common.language.${other}`)}
        </button>
      </Form>
    </header>
  );
}

/** Render who is signed in, their own pages, and sign-out. Sign-out is a form post, so that no link can sign anyone out. */
function UserMenu({ user }: { user: { name: string; role: Role } }) {
  const { t } = useTranslation();
  return (
    <div className="user-menu">
      <span className="muted">{t("auth.signedInAs", { name: user.name, role: t(`people.roles.${user.role}`) })}</span>
      <NavLink to="/my-key-results">{t("checkins.mine.title")}</NavLink>
      {user.role === "admin" ? <NavLink to="/audit">{t("audit.title")}</NavLink> : null}
      {user.role === "admin" ? <NavLink to="/api-tokens">{t("api.tokens.title")}</NavLink> : null}
      <NavLink to="/account/password">{t("auth.password.title")}</NavLink>
      <Form method="post" action="/sign-out">
        <button type="submit">{t("auth.signOut.submit")}</button>
      </Form>
    </div>
  );
}

export default function App() {
  return <Outlet />;
}

/**
 * Return the page language when the root loader did not run (a failed root loader): the server renders
 * the default, and the browser reads the same value back from <html lang> so hydration matches.
 */
function documentLanguage(): Language {
  return typeof document === "undefined" ? DEFAULT_LANGUAGE : parseLanguage(document.documentElement.lang);
}

const ERROR_TEXT_KEYS: Record<number, [title: string, message: string]> = {
  400: ["common.errors.badRequestTitle", "common.errors.badRequest"],
  403: ["common.errors.forbiddenTitle", "common.errors.forbidden"],
  404: ["common.errors.notFoundTitle", "common.errors.notFound"],
};

/**
 * Show a translated title and message for the error's status. The body of a thrown Response
 * ("Forbidden", "No route matches URL …") is never shown: it is not translated and may leak details.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [titleKey, messageKey] = ERROR_TEXT_KEYS[status] ?? ["common.errors.unexpectedTitle", "common.errors.unexpected"];
  return (
    <section className="error">
      <h1>{t(titleKey)}</h1>
      <p>{t(messageKey)}</p>
    </section>
  );
}
