// Preloaded into the app under test (NODE_OPTIONS=--import) to move its clock: Date.now() and
// new Date() run ahead of the real clock by the milliseconds written in the file named by
// SHIFTED_CLOCK_FILE. The test rewrites the file to let a week pass while the app keeps running.
import fs from "node:fs";

const file = process.env.SHIFTED_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  let offset = 0;
  let readAt = -Infinity;
  const currentOffset = () => {
    const real = RealDate.now();
    // Read the file at most every 100 ms: pino and express ask for the time on every request.
    if (real - readAt > 100) {
      readAt = real;
      try {
        offset = Number(fs.readFileSync(file, "utf8")) || 0;
      } catch {
        offset = 0;
      }
    }
    return offset;
  };

  // A function rather than a subclass, so that Date() without new still returns a string and
  // every date, also those made by Node itself, is an instance of the replacement.
  function ShiftedDate(...args) {
    const now = () => new RealDate(RealDate.now() + currentOffset());
    if (!new.target) return now().toString();
    return args.length === 0 ? now() : new RealDate(...args);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + currentOffset();
  ShiftedDate.UTC = RealDate.UTC;
  ShiftedDate.parse = RealDate.parse;
  globalThis.Date = ShiftedDate;
}
