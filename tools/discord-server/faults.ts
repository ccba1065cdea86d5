/** The faults a test sets on the fake's REST API: failed answers (500 or 429) and delays, by path pattern. */
export interface Failure {
  status: 500 | 429;
  retryAfterSeconds: number;
}

interface FailRule extends Failure {
  matcher: RegExp;
  remaining: number;
}

interface DelayRule {
  matcher: RegExp;
  ms: number;
}

/**
 * Test-controlled misbehaviour. Matchers are tried against the path after `/api/v10`
 * (`/interactions/1/abc/callback`) and against `METHOD path`, so both `/callback$/` and
 * `/^PATCH \/webhooks/` work.
 */
export class Faults {
  #fails: FailRule[] = [];
  #delays: DelayRule[] = [];

  failNext(matcher: RegExp, status: 500 | 429, count = 1, retryAfterSeconds = 1): void {
    this.#fails.push({ matcher, status, remaining: count, retryAfterSeconds });
  }

  /** A later rule for the same pattern replaces the earlier one; 0 ms removes it. */
  setDelay(matcher: RegExp, ms: number): void {
    this.#delays = this.#delays.filter((d) => d.matcher.source !== matcher.source || d.matcher.flags !== matcher.flags);
    if (ms > 0) this.#delays.push({ matcher, ms });
  }

  clear(): void {
    this.#fails = [];
    this.#delays = [];
  }

  delayFor(method: string, path: string): number {
    return this.#delays.filter((d) => matches(d.matcher, method, path)).reduce((sum, d) => sum + d.ms, 0);
  }

  /** Consumes one failure budget from the first rule that matches. */
  take(method: string, path: string): Failure | null {
    const rule = this.#fails.find((f) => f.remaining > 0 && matches(f.matcher, method, path));
    if (!rule) return null;
    rule.remaining--;
    this.#fails = this.#fails.filter((f) => f.remaining > 0);
    return { status: rule.status, retryAfterSeconds: rule.retryAfterSeconds };
  }
}

function matches(matcher: RegExp, method: string, path: string): boolean {
  // A /g or /y regex keeps lastIndex between calls and would skip every other request.
  matcher.lastIndex = 0;
  if (matcher.test(path)) return true;
  matcher.lastIndex = 0;
  return matcher.test(`${method} ${path}`);
}
