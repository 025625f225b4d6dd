import ky from 'ky';
import { AbortReason, linkedController, startTimer, untilAborted } from './abort-reason';
import type { Settings } from './defaults';
import { HandlError } from './handl-error';

/** One HTTP answer, body read in full. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** A request to the Handl API, relative to `baseUrl`. */
export interface RawRequest {
  method: 'GET' | 'POST';
  /** Path below `baseUrl`, without a leading slash, segments already encoded. */
  path: string;
  query?: URLSearchParams;
  body?: FormData;
}

/**
 * All of handl-rx's I/O: sends one request and reads its whole body within `requestTimeoutMs`.
 * Never retries and never throws for an HTTP status; rejects with the abort reason (an
 * {@link AbortReason}) or the transport's own error, which `toHandlError` maps.
 */
export async function send(settings: Settings, request: RawRequest, signal: AbortSignal): Promise<RawResponse> {
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new HandlError('network', '[handl-rx] no fetch here. Pass `fetch` to createHandl()');
  const searchParams = new URLSearchParams(request.query);
  const headers: Record<string, string> = { accept: 'application/json', ...settings.headers };
  if (settings.token !== undefined) {
    if (settings.auth === 'header') headers.authorization = `Token ${settings.token}`;
    else searchParams.set('token', settings.token);
  }

  const { controller, dispose } = linkedController(signal);
  const clearTimer = startTimer(settings.requestTimeoutMs, () => controller.abort(new AbortReason('timeout')));
  // A fetch (or a body) that ignores its signal must not hold the task: race both against it.
  const abort = untilAborted(controller.signal);
  try {
    controller.signal.throwIfAborted(); // nothing is sent for a task already cancelled
    const response = await abort.race(ky(request.path, {
      prefixUrl: settings.baseUrl,
      method: request.method,
      searchParams,
      headers,
      body: request.body ?? null,
      signal: controller.signal,
      fetch: (input, init) => fetchImpl(input, init),
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
    }));
    // The timer still runs: a body that stalls after the headers is a timeout too.
    const text = await abort.race(response.text());
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimer();
    abort.dispose();
    dispose();
  }
}
