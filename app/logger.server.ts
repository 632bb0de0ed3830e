import pino from "pino";

/** The one logger: starts, stops, migrations, imports and every error caught and not re-thrown. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info"),
  redact: ["password", "*.password", "token", "*.token", "headers.cookie"],
});
