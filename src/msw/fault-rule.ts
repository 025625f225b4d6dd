import type { MockFault } from './mock-fault';

/**
 * Which requests a fault rule watches: task submits (`POST /recognize`, `/classify`),
 * polls (`GET /result/{id}`), or every request the mock handles.
 * @example const on: FaultTarget = 'poll';
 */
export type FaultTarget = 'submit' | 'poll' | 'any';

/**
 * When to misbehave. A rule counts the requests it watches from the moment it is in place
 * (creation, `mock.use()` or `mock.reset()`); it fires for number `nth` (1-based) and the
 * `times - 1` after it. Without `nth` it fires from the first on; `times` defaults to 1 when
 * `nth` is given and to unlimited when it is not. When several rules fire the first one wins;
 * like msw's `server.use()`, each `mock.use()` puts its rules before those already there.
 * @example { on: 'poll', nth: 2, times: 3, fault: { type: 'html', status: 502 } } // polls 2, 3 and 4
 */
export interface FaultRule {
  on: FaultTarget;
  nth?: number;
  times?: number;
  fault: MockFault;
}

/**
 * The fault rules in place and their counters.
 * @example const book = createFaultBook(options.faults); book.take('poll');
 */
export interface FaultBook {
  /** Adds rules (counted from now). */
  use(rules: readonly FaultRule[]): void;
  /** Drops the rules added by `use()` and restarts the counters of the initial ones. */
  reset(): void;
  /** Counts a request of this kind and returns the fault to apply to it, if any. */
  take(kind: 'submit' | 'poll' | 'other'): MockFault | undefined;
}

interface Entry {
  rule: FaultRule;
  seen: number;
}

/**
 * A fault book holding `initial` rules, which survive `reset()`.
 * @example const book = createFaultBook([{ on: 'submit', fault: { type: 'network' } }]);
 */
export function createFaultBook(initial: readonly FaultRule[]): FaultBook {
  initial.forEach(assertRule);
  const fresh = (rules: readonly FaultRule[]): Entry[] => rules.map((rule) => ({ rule, seen: 0 }));
  let entries = fresh(initial);
  return {
    use(rules) {
      rules.forEach(assertRule);
      entries = [...fresh(rules), ...entries];
    },
    reset() {
      entries = fresh(initial);
    },
    take(kind) {
      let chosen: MockFault | undefined;
      for (const entry of entries) {
        if (entry.rule.on !== 'any' && entry.rule.on !== kind) continue;
        entry.seen += 1;
        if (chosen === undefined && fires(entry)) chosen = entry.rule.fault;
      }
      return chosen;
    },
  };
}

function fires({ rule, seen }: Entry): boolean {
  const first = rule.nth ?? 1;
  const times = rule.times ?? (rule.nth === undefined ? Number.POSITIVE_INFINITY : 1);
  return seen >= first && seen < first + times;
}

function assertRule(rule: FaultRule): void {
  const positive = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1);
  if (!positive(rule.nth) || !positive(rule.times)) {
    throw new RangeError('[handl-rx] invalid fault rule — `nth` and `times` must be whole numbers from 1');
  }
}
