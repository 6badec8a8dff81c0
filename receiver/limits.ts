// Per-client limits in memory: so many requests an hour, then 429 with the seconds until
// the oldest leaves the window. The client's address is used here only, never logged.

const HOUR_MS = 3_600_000;

/**
 * The client behind `hops` reverse proxies of the comune's own: each proxy appends the address
 * it saw to X-Forwarded-For, so the client is `hops` entries from the right. Anything to the
 * left was written by the client itself, and a forged leftmost address must not buy it a new
 * allowance. With no proxy trusted, the connection's own address.
 */
export function clientAddress(forwardedFor: string | undefined, remote: string | undefined, hops: number): string {
  const chain = hops > 0 ? (forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean) : [];
  return chain[Math.max(0, chain.length - hops)] ?? remote ?? 'unknown';
}

export class ClientLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(private readonly perHour: number) {}

  /** Counts a request; undefined when it may go on, else the seconds to wait. */
  take(client: string, now = Date.now()): number | undefined {
    const recent = (this.seen.get(client) ?? []).filter((t) => now - t < HOUR_MS);
    if (recent.length >= this.perHour) {
      this.seen.set(client, recent);
      return Math.max(1, Math.ceil((recent[0] + HOUR_MS - now) / 1000));
    }
    recent.push(now);
    this.seen.set(client, recent);
    if (this.seen.size > 10_000) this.forgetIdle(now);
    return undefined;
  }

  /** Forgets clients with nothing in the window, so memory stays bounded. */
  private forgetIdle(now: number): void {
    for (const [client, times] of this.seen) if (!times.some((t) => now - t < HOUR_MS)) this.seen.delete(client);
  }
}
