// Creates an API token from the command line and prints it once, for set-up scripts:
//   npm run create-token -- --name NAME --scope read|write
// Prints only the token on standard output. Exit codes: 0 created, 1 rejected (for example a
// name already used by an active token), 2 bad arguments.
import { parseArgs } from "node:util";
import { prepareDatabase } from "../app/boot.server";
import { createApiToken } from "../app/api/tokens.server";
import { logger } from "../app/logger.server";
import { databasePathFromUrl, openDatabase } from "../db/connection";

const USAGE = "Usage: npm run create-token -- --name NAME --scope read|write";

async function main(argv: string[]): Promise<number> {
  let values: { name?: string; scope?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { name: { type: "string" }, scope: { type: "string" } }, strict: true }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!values.name || (values.scope !== "read" && values.scope !== "write")) {
    console.error(`--name and --scope (read or write) are required.\n${USAGE}`);
    return 2;
  }
  if (!process.env.LOG_LEVEL) logger.level = "warn";

  const db = openDatabase(databasePathFromUrl(process.env.DATABASE_URL));
  try {
    const now = new Date();
    await prepareDatabase(db, { now });
    // NOTE: the command has no signed-in person, so the token has no creator and acts as an admin.
    const result = await createApiToken(db, { personId: null, role: "admin" }, { name: values.name, scope: values.scope }, now);
    if (!result.ok) {
      const problems = Object.entries(result.errors).map(([field, error]) => `${field}: ${error.code}`);
      console.error(`Token not created: ${problems.join(", ")}. A name already used by an active token is rejected (duplicate_name).`);
      return 1;
    }
    console.log(result.token);
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    logger.error({ err: error }, "create-token command failed");
    process.exitCode = 1;
  },
);
