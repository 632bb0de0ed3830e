// Serves the app: builds it when the build is missing or older than the sources, migrates the
// database, loads the demo company into an empty one, and listens on HOST:PORT (127.0.0.1:3000).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { createOrPromoteAdmin, adminInputSchema, hasAdminWithPassword } from "../app/auth/first-admin.server";
import { isSameOrigin } from "../app/auth/csrf.server";
import { BASE_SECURITY_HEADERS } from "../app/auth/security-headers.server";
import { prepareDatabase } from "../app/boot.server";
import { logger } from "../app/logger.server";
import { createTeam } from "../app/people/teams.server";
import { databasePathFromUrl, openDatabase } from "../db/connection";
import { isDatabaseEmpty, loadDemoCompany } from "../db/demo/load";

const BUILD_ENTRY = path.resolve("build/index.js");

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const stat = fs.statSync(path.join(entry.parentPath, entry.name));
    newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const built = fs.existsSync(BUILD_ENTRY) ? fs.statSync(BUILD_ENTRY).mtimeMs : 0;
  if (built > Math.max(newestModification("app"), newestModification("db"))) return;
  logger.info("building the app");
  const result = spawnSync("npx", ["remix", "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", VITE_CJS_IGNORE_WARNING: "1" },
  });
  if (result.status !== 0) throw new Error(`remix build failed with exit code ${result.status}`);
}

async function main() {
  process.env.NODE_ENV ??= "production";
  buildIfNeeded();

  const databasePath = databasePathFromUrl(process.env.DATABASE_URL);
  const db = openDatabase(databasePath);
  await prepareDatabase(db, { now: new Date() });
  if (await isDatabaseEmpty(db)) {
    if (process.env.DEMO_DATA === "off") {
      // Objectives need a team, and the company is the root team: start with that one alone.
      await createTeam(db, { personId: null, role: "admin" }, { key: "company", name: "Company", parentId: null }, new Date());
      logger.info("created the company team in the empty database");
    } else {
      logger.info("loading the demo company into the empty database");
      await loadDemoCompany(db, new Date());
    }
  }
  await ensureFirstAdmin(db);
  logger.info({ databasePath }, "database ready");

  const build = (await import(pathToFileURL(BUILD_ENTRY).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.use((_req, res, next) => {
    res.set(BASE_SECURITY_HEADERS);
    next();
  });
  // Cross-site form posts get a 403 here, before Remix's own origin check rejects them with a 500.
  // The token-authenticated HTTP API under /api/ does not use the session cookie, so CSRF does not
  // apply there. Its routes return 401 themselves without a token.
  app.use((req, res, next) => {
    if (req.path.startsWith("/api/") || isSameOrigin(req.method, req.headers.host ?? "", (name) => req.get(name) ?? null)) return next();
    res.status(403).type("text/plain").send("Forbidden: cross-site request");
  });
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.all(
    "*",
    createRequestHandler({
      build,
      // NOTE: the socket's address is the client's only without a reverse proxy; behind one, every
      // request shares the proxy's address in the per-address sign-in limit.
      getLoadContext: (req) => ({ db, now: () => new Date(), clientAddress: req.socket.remoteAddress ?? "unknown" }),
    }),
  );

  const host = process.env.HOST ?? "127.0.0.1";
  const port = Number(process.env.PORT ?? 3000);
  const server = app.listen(port, host, () => logger.info({ url: `http://${host}:${port}` }, "serving"));

  const stop = (signal: string) => {
    logger.info({ signal }, "stopping");
    server.close(() => {
      void db.destroy().then(() => process.exit(0));
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/**
 * Create the first admin from ADMIN_EMAIL, ADMIN_PASSWORD and ADMIN_NAME while no admin can sign
 * in. Without those variables it logs how to create one, because the app has no default password.
 */
async function ensureFirstAdmin(db: ReturnType<typeof openDatabase>) {
  if (await hasAdminWithPassword(db)) return;
  const { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME } = process.env;
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD) {
    logger.warn("no admin can sign in: set ADMIN_EMAIL and ADMIN_PASSWORD (and ADMIN_NAME) and restart, or run npm run create-admin");
    return;
  }
  const parsed = adminInputSchema.safeParse({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: ADMIN_NAME ?? ADMIN_EMAIL });
  if (!parsed.success) throw new Error(`Invalid first admin: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  const { personId } = await createOrPromoteAdmin(db, parsed.data, new Date());
  logger.info({ personId }, "first admin created from ADMIN_EMAIL");
}

main().catch((error: unknown) => {
  logger.error({ err: error }, "start failed");
  process.exit(1);
});
