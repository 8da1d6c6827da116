/**
 * Login rate limiting: failed attempts are counted per client address and per login name in a sliding window;
 * past the limit, attempts are refused (429) until the oldest failure leaves the window. In memory: one portal
 * process (a restart forgets, which costs an attacker a restart of our server, not a bypass).
 */
export interface ThrottleLimits {
  perLogin: number;
  perAddress: number;
  windowMs: number;
}

export const LOGIN_LIMITS: ThrottleLimits = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000 };

export class Throttle {
  private failures = new Map<string, number[]>();
  constructor(
    private limits: ThrottleLimits = LOGIN_LIMITS,
    private clock = () => Date.now(),
  ) {}

  private recent(key: string): number[] {
    const since = this.clock() - this.limits.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait before another attempt, or 0 when one is allowed. */
  wait(address: string, login: string): number {
    const checks: [string, number][] = [
      [`a:${address}`, this.limits.perAddress],
      [`l:${login}`, this.limits.perLogin],
    ];
    let wait = 0;
    for (const [key, max] of checks) {
      const list = this.recent(key);
      if (list.length >= max) wait = Math.max(wait, Math.ceil((list[list.length - max] + this.limits.windowMs - this.clock()) / 1000));
    }
    return wait;
  }

  fail(address: string, login: string): void {
    for (const key of [`a:${address}`, `l:${login}`]) this.failures.set(key, [...this.recent(key), this.clock()]);
    // a flood of distinct names must not grow the map without bound
    if (this.failures.size > 100_000) this.failures.clear();
  }

  succeed(login: string): void {
    this.failures.delete(`l:${login}`);
  }
}
