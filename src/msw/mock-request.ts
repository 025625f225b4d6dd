import type { MockFault } from './mock-fault';

/**
 * What the mock saw of an uploaded `image` part.
 * @example expect(mock.requests[0]?.file).toEqual({ name: 'p.jpg', type: 'image/jpeg', size: 301948, sha256: 'ff13…' });
 */
export interface MockFileInfo {
  name: string;
  type: string;
  size: number;
  /** SHA-256 of the bytes received, lowercase hex (`''` where `crypto.subtle` is missing: an insecure browser context). */
  sha256: string;
}

/**
 * One request as the mock recorded it. The license key never appears: the `token` query
 * value reads `'***'` and the `Authorization` header keeps only its scheme (`'Token ***'`).
 * @example expect(mock.requests.map((r) => [r.method, r.path, r.status])).toEqual([['POST', '/recognize', 200]]);
 */
export interface MockRequest {
  method: string;
  /** Path below the base URL's path, as sent (still percent-encoded): `/recognize`, `/result/abc`. */
  path: string;
  /** Every query parameter with all its values in order (repeated keys kept). */
  query: Record<string, string[]>;
  /** Request headers, lowercase names. */
  headers: Record<string, string>;
  /** The first `image` part, when it was a file. */
  file?: MockFileInfo;
  /** Parsed JSON of the `verify_fields` part (its raw text when it was not JSON). */
  verifyFields?: unknown;
  /** The id polled, or the id handed out by an async submit. */
  taskId?: string;
  /** `type` of the fault that answered or touched this request. */
  fault?: MockFault['type'];
  /** HTTP status answered: `0` while the answer is pending and for a network error. */
  status: number;
  /** `true` once the client aborted the request (an unsubscribe, a timeout); absent otherwise. */
  aborted?: true;
}

const REDACTED = '***';
const SECRET_HEADERS = new Set(['authorization', 'token', 'proxy-authorization', 'cookie']);

/**
 * Starts the record of a request: method, path below `basePath`, query and headers with the
 * credentials redacted, status `0`; marked `aborted` if the client gives up on it.
 * @example const record = startRecord(request, '/api'); // { method: 'GET', path: '/result/abc', … }
 */
export function startRecord(request: Request, basePath: string): MockRequest {
  const url = new URL(request.url);
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    (query[key] ??= []).push(key === 'token' ? REDACTED : value);
  }
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = SECRET_HEADERS.has(name) ? redactCredential(value) : value;
  });
  const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
  const record: MockRequest = { method: request.method, path, query, headers, status: 0 };
  request.signal.addEventListener('abort', () => (record.aborted = true), { once: true });
  return record;
}

// Keeps the scheme so a test can still tell `Token` header auth from no header.
function redactCredential(value: string): string {
  const scheme = /^(\w+)\s+\S/.exec(value)?.[1];
  return scheme === undefined ? REDACTED : `${scheme} ${REDACTED}`;
}
