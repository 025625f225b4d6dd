/**
 * Reads a `Retry-After` header (delay in seconds, or an HTTP date) as milliseconds from `now`,
 * capped at `maxMs`. `0` means now; an unreadable value is `undefined`.
 *
 * @example
 * retryAfterMs('2', 60_000) // → 2000
 */
export function retryAfterMs(header: string | null, maxMs: number, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  // delay-seconds, or an HTTP date (it starts with a day name): anything else, like "-1" that
  // Date.parse would happily read as a year, is unreadable.
  const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : /^[a-z]{3},?\s/i.test(value) ? Date.parse(value) - now : Number.NaN;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(0, ms), maxMs);
}
