export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/**
 * A token bucket per key, kept in memory: each key may make `capacity` requests at once and earns
 * `refillPerSecond` back. Pure: the caller passes the time in milliseconds.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    /** Buckets kept at most; the oldest is dropped beyond it, which only ever forgives a caller. */
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string, nowMs: number): RateDecision {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: nowMs };
    const elapsedSeconds = Math.max(0, nowMs - bucket.at) / 1000;
    const tokens = Math.min(this.capacity, bucket.tokens + elapsedSeconds * this.refillPerSecond);

    this.buckets.delete(key);
    if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: nowMs });
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / this.refillPerSecond) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
    return { allowed: true, remaining: Math.floor(tokens - 1) };
  }
}
