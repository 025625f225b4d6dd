import type { PollSettings } from './defaults';

/**
 * The wait before poll number `attempt + 1`: `intervalMs × backoff^(attempt − 1)`, capped at
 * `maxIntervalMs`, then spread by ±`jitter` — never shorter than `intervalMs × (1 − jitter)`.
 *
 * @example
 * pollDelay(1, { ...DEFAULTS.poll, jitter: 0 }) // → 1000
 */
export function pollDelay(attempt: number, poll: PollSettings, random: () => number = Math.random): number {
  const base = Math.min(poll.intervalMs * poll.backoff ** Math.max(0, attempt - 1), poll.maxIntervalMs);
  const spread = base * poll.jitter * (2 * random() - 1);
  return Math.round(Math.max(base + spread, poll.intervalMs * (1 - poll.jitter), 0));
}
