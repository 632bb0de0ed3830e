import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests drive the built app (npm run build first) in Debian's headless Chromium.
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    globals: true,
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
