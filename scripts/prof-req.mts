import { createRequestHandler } from "@remix-run/node";
import { openDatabase } from "/work/main/db/connection";
const build = await import("/work/main/build/index.js");
const db = openDatabase(process.env.PROF_DB!);
const handler = createRequestHandler(build as any, "production");
const ctx = { db, now: () => new Date("2026-12-04T12:00:00Z") };
const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const t1 = performance.now();
  const res = await handler(new Request("http://x/?quarter=2026-Q4"), ctx as any);
  await res.text();
  times.push(performance.now() - t1);
}
times.sort((a, b) => a - b);
console.log("median", Math.round(times[15]), "p95", Math.round(times[28]));
