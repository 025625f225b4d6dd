/** One HTTP exchange the SDK made, as seen through the `fetch` it was given. */
export interface HttpEntry {
  id: number;
  /** ms since the run started */
  at: number;
  method: string;
  /** Path and query, token redacted. */
  path: string;
  /** Full URL, token redacted. */
  url: string;
  /** Filled in when the answer (or the failure) arrives. */
  outcome?: { status: number; detail: string } | { status: 0; detail: 'network error' | 'aborted' };
  ms?: number;
}

/**
 * A `fetch` for `createHandl({ fetch })` that reports every request and its answer. It is
 * how the demo shows what the SDK does under the states it emits (retries, Retry-After),
 * and how the e2e test proves that nothing is sent after Cancel. It only reads status and
 * headers, never the body, so it cannot change what the SDK sees.
 */
export function createHttpLog(onEntry: (entry: HttpEntry) => void) {
  let started = performance.now();
  let sent = 0;

  const logged: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request?.url ?? String(input), location.href);
    const entry: HttpEntry = {
      id: ++sent,
      at: performance.now() - started,
      method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
      path: redact(url, false),
      url: redact(url, true),
    };
    onEntry(entry);
    try {
      const response = await fetch(input, init);
      entry.outcome = { status: response.status, detail: describe(response) };
      return response;
    } catch (error) {
      const aborted = (error as { name?: string } | null)?.name === 'AbortError' || init?.signal?.aborted || request?.signal.aborted;
      entry.outcome = { status: 0, detail: aborted ? 'aborted' : 'network error' };
      throw error;
    } finally {
      entry.ms = performance.now() - started - entry.at;
      onEntry(entry);
    }
  };

  return {
    fetch: logged,
    /** Requests sent since the page loaded. */
    get count() {
      return sent;
    },
    /** Restarts the clock of `at`. */
    restart() {
      started = performance.now();
    },
  };
}

function redact(url: URL, full: boolean): string {
  const query = [...url.searchParams].map(([k, v]) => `${k}=${k === 'token' ? '***' : v}`).join('&');
  return `${full ? url.origin : ''}${url.pathname}${query ? `?${query}` : ''}`;
}

function describe(response: Response): string {
  const type = response.headers.get('content-type') ?? '';
  const retryAfter = response.headers.get('retry-after');
  const kind = type.includes('html') ? 'HTML page' : type.includes('json') ? '' : response.headers.get('content-length') === '0' ? 'empty' : '';
  return [kind, retryAfter !== null ? `Retry-After: ${retryAfter}` : ''].filter(Boolean).join(' · ');
}
