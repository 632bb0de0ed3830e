// Serves the app: builds it when the build is missing or older than the sources, migrates the
// database, loads the demo company into an empty one, and listens on HOST:PORT (127.0.0.1:3000).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
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
  logger.info({ databasePath }, "database ready");

  const build = (await import(pathToFileURL(BUILD_ENTRY).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, getLoadContext: () => ({ db, now: () => new Date() }) }));

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

main().catch((error: unknown) => {
  logger.error({ err: error }, "start failed");
  process.exit(1);
});
