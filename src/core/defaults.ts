import { HandlError } from './handl-error';
import type { CallOptions, HandlOptions, PollOptions } from './options';

/** Poll settings with every value decided. */
export type PollSettings = { [K in keyof PollOptions]-?: NonNullable<PollOptions[K]> };

/** Resolved settings of one task: defaults < client options < per-call options. */
export interface Settings {
  baseUrl: string;
  token: string | undefined;
  auth: 'query' | 'header';
  fetch: typeof fetch | undefined;
  headers: Record<string, string>;
  poll: PollSettings;
  deadlineMs: number;
  requestTimeoutMs: number;
  retryLimit: number;
}

/** The defaults, in one place (read-only by type; internal, so not frozen at run time). */
export const DEFAULTS = {
  baseUrl: 'https://latest.handl.io',
  auth: 'query',
  poll: {
    initialDelayMs: 1000,
    intervalMs: 1000,
    backoff: 1.5,
    maxIntervalMs: 10_000,
    jitter: 0.2,
    maxRetryAfterMs: 60_000,
  },
  deadlineMs: 300_000,
  requestTimeoutMs: 30_000,
  retryLimit: 2,
} as const;

/** Merges options once, with fixed precedence: defaults < client < call. */
export function resolveSettings(
  client: HandlOptions,
  call: Pick<CallOptions, 'deadlineMs' | 'poll'> = {},
): Settings {
  return checked({
    baseUrl: client.baseUrl ?? DEFAULTS.baseUrl,
    token: client.token,
    auth: client.auth ?? DEFAULTS.auth,
    fetch: client.fetch,
    headers: { ...client.headers },
    poll: { ...DEFAULTS.poll, ...definedOnly(client.poll), ...definedOnly(call.poll) },
    deadlineMs: call.deadlineMs ?? client.deadlineMs ?? DEFAULTS.deadlineMs,
    requestTimeoutMs: client.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    retryLimit: client.retry?.limit ?? DEFAULTS.retryLimit,
  });
}

/** Refuses settings that would make polling spin, stall or never end: a programmer error, said at once. */
function checked(settings: Settings): Settings {
  const { poll, deadlineMs, requestTimeoutMs, retryLimit } = settings;
  const finite = Number.MAX_VALUE;
  // [name, value, min, max]: NaN fails every bound; Infinity (no limit) suits only the two timeouts.
  const bounds: [string, number, number, number][] = [
    ...Object.entries(poll).map(([key, value]): [string, number, number, number] =>
      [`poll.${key}`, value, key === 'backoff' ? 1 : 0, key === 'jitter' ? 1 : finite]),
    ['deadlineMs', deadlineMs, 0, Infinity],
    ['requestTimeoutMs', requestTimeoutMs, 0, Infinity],
    ['retry.limit', retryLimit, 0, finite],
  ];
  const problems = bounds.filter(([, value, min, max]) => !(value >= min && value <= max)).map(([name]) => `\`${name}\``);
  if (problems.length > 0) {
    throw new HandlError('bad_request', `[handl-rx] invalid option ${problems.join(', ')}. Use numbers from 0 (\`poll.backoff\` from 1, \`poll.jitter\` up to 1), finite but for the two timeouts`);
  }
  // In a page, a path such as '/api/handl' (your proxy) is resolved against the page's address.
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL | undefined;
  try {
    url = new URL(settings.baseUrl, page);
  } catch {}
  if (!/^https?:$/.test(url?.protocol ?? '')) {
    throw new HandlError('bad_request', '[handl-rx] invalid `baseUrl`. Use an http(s) URL (a bare path only in a page)');
  }
  return { ...settings, baseUrl: url!.href };
}

// `{ intervalMs: undefined }` must not erase a default.
function definedOnly(value: PollOptions | undefined): Partial<PollSettings> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<PollSettings>;
}
