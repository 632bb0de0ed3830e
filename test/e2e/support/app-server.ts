import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface RunningApp {
  url: string;
  databasePath: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start the built app (npm run build first) the way `npm start` does, on 127.0.0.1, a free port
 * and a fresh database in a temporary folder, and wait until /healthz responds.
 */
export async function startApp(): Promise<RunningApp> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "okr-e2e-"));
  const databasePath = path.join(folder, "okr.db");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databasePath, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before it answered`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The app did not answer on ${url} within 90 s`);
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    url,
    databasePath,
    async stop() {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Start the app and Chromium once for the calling test file and stop both after it. The fields
 * are set in beforeAll, so read them inside tests, not at module level.
 */
export function useAppAndBrowser(): { app: RunningApp; browser: Browser } {
  const running = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    running.app = await startApp();
    running.browser = await launchBrowser();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.app?.stop();
  });
  return running;
}
