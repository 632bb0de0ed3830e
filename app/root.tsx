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
import { DEFAULT_LANGUAGE, type Language } from "./i18n/language";
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
  const language: Language = data?.language ?? DEFAULT_LANGUAGE;
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
  const items = [
    ["/", "dashboard"],
    ["/teams", "teams"],
    ["/kpis", "kpis"],
    ["/metrics", "metrics"],
    ["/snapshots", "snapshots"],
    ["/imports", "imports"],
    ["/people", "people"],
  ] as const;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        {t("common.appName")}
      </Link>
      <nav aria-label="main">
        {items.map(([to, key]) => (
          <NavLink key={to} to={to} end={to === "/"}>
            {t(`common.nav.${key}`)}
          </NavLink>
        ))}
        <NavLink to="/reports">{t("quarterReport.nav")}</NavLink>
        <NavLink to="/quarters">{t("quarters.nav")}</NavLink>
        <NavLink to="/correlations">{t("correlations.nav")}</NavLink>
        <NavLink to={user && user.role !== "member" ? "/mood" : "/survey"}>{t("survey.nav.survey")}</NavLink>
      </nav>
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

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error)) {
    const title =
      error.status === 404
        ? t("common.errors.notFoundTitle")
        : error.status === 403
          ? t("common.errors.forbiddenTitle")
          : error.status === 400
            ? t("common.errors.badRequestTitle")
            : t("common.errors.unexpectedTitle");
    const message =
      typeof error.data === "string" && error.data
        ? error.data
        : error.status === 404
          ? t("common.errors.notFound")
          : error.status === 403
            ? t("common.errors.forbidden")
            : t("common.errors.unexpected");
    return (
      <section className="error">
        <h1>{title}</h1>
        <p>{message}</p>
      </section>
    );
  }
  return (
    <section className="error">
      <h1>{t("common.errors.unexpectedTitle")}</h1>
      <p>{t("common.errors.unexpected")}</p>
    </section>
  );
}
