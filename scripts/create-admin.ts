// Creates an admin who can sign in, or makes an existing person (by email) an admin and sets
// their password:
//   npm run create-admin -- --email anne@company.nl --name "Anne de Vries"
// The password comes from ADMIN_PASSWORD or, when that is unset, from a prompt that does not echo.
// Exit codes: 0 done, 2 bad arguments or password.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { adminInputSchema, createOrPromoteAdmin } from "../app/auth/first-admin.server";
import { prepareDatabase } from "../app/boot.server";
import { logger } from "../app/logger.server";
import { createTeam } from "../app/people/teams.server";
import { databasePathFromUrl, openDatabase } from "../db/connection";
import { isDatabaseEmpty } from "../db/demo/load";

const EXIT_BAD_ARGUMENTS = 2;

/** Read a line from the terminal without echoing it. */
async function promptHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input: process.stdin, output: silent, terminal: true });
  const answer = await new Promise<string>((resolve) => reader.question("", resolve));
  reader.close();
  process.stdout.write("\n");
  return answer;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const password = process.env.ADMIN_PASSWORD ?? (process.stdin.isTTY ? await promptHidden("Password: ") : "");
  const parsed = adminInputSchema.safeParse({ email: values.email ?? "", name: values.name ?? values.email ?? "", password });
  if (!parsed.success) {
    console.error(`create-admin: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
    console.error('usage: npm run create-admin -- --email anne@company.nl --name "Anne de Vries" (password from ADMIN_PASSWORD or a prompt)');
    return EXIT_BAD_ARGUMENTS;
  }

  const db = openDatabase(databasePathFromUrl(process.env.DATABASE_URL));
  try {
    const now = new Date();
    await prepareDatabase(db, { now });
    if (await isDatabaseEmpty(db)) {
      await createTeam(db, { personId: null, role: "admin" }, { key: "company", name: "Company", parentId: null }, now);
    }
    const { personId, created } = await createOrPromoteAdmin(db, parsed.data, now);
    console.log(`${created ? "Created" : "Updated"} admin ${parsed.data.email} (person ${personId}); sign in at /sign-in.`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    logger.error({ err: error }, "create-admin failed");
    console.error(`create-admin failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
