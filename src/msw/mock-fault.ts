import { HttpResponse } from 'msw';
import { fixtures } from './fixtures';
import type { TaskOutcome } from './mock-task';
import { stalledBody } from './stalled-body';
import { waitForAbort } from './wait-for-abort';

/**
 * A misbehaviour the mock can put in place of (or on top of) the normal answer.
 * Replacing the answer — the request never reaches the task, which is not polled:
 * - `status`: any status; `body` an object (sent as JSON) or a string (sent as text), none = empty; any `headers` (`Retry-After`…).
 * - `html`: a proxy's HTML error page (`text/html`), default status 502; 504 and 413 read like nginx's.
 * - `empty`: an empty body, default status 502.
 * - `truncated`: a JSON body cut in the middle (default status 200, default body `fixtures.passportMain`).
 * - `network`: a network error (`HttpResponse.error()`; fetch rejects with a TypeError).
 * - `hang`: no answer at all until the client aborts.
 * - `stall`: headers (default status 200) and the first bytes of a JSON body, then nothing until the client aborts.
 * On top of the normal answer:
 * - `delay`: wait `ms` milliseconds (msw's `delay`, so fake timers drive it), then answer normally.
 * - `task`: give the task being submitted or polled this `outcome` from now on (`fail`, `never`, `expire`, `normal`).
 * @example mock.use({ on: 'poll', nth: 2, fault: { type: 'status', status: 503, headers: { 'Retry-After': '3' } } });
 */
export type MockFault =
  | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'html'; status?: number }
  | { type: 'empty'; status?: number }
  | { type: 'truncated'; status?: number; body?: unknown }
  | { type: 'network' }
  | { type: 'hang' }
  | { type: 'stall'; status?: number }
  | { type: 'delay'; ms: number }
  | { type: 'task'; outcome: TaskOutcome };

/**
 * The faults that answer in place of the server.
 * @example const fault: ReplacingFault = { type: 'network' };
 */
export type ReplacingFault = Exclude<MockFault, { type: 'delay' } | { type: 'task' }>;

const REASONS: Record<number, string> = {
  413: 'Request Entity Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/**
 * Whether a fault answers in place of the server (everything but `delay` and `task`).
 * @example if (isReplacingFault(fault)) return faultResponse(fault, request.signal);
 */
export function isReplacingFault(fault: MockFault): fault is ReplacingFault {
  return fault.type !== 'delay' && fault.type !== 'task';
}

/**
 * The response a replacing fault answers with; `hang` resolves only once `signal` aborts.
 * @example return faultResponse({ type: 'html', status: 504 }, request.signal);
 */
export async function faultResponse(fault: ReplacingFault, signal: AbortSignal): Promise<Response> {
  switch (fault.type) {
    case 'status':
      return statusResponse(fault.status, fault.body, fault.headers ?? {});
    case 'html':
      return HttpResponse.html(nginxPage(fault.status ?? 502), { status: fault.status ?? 502 });
    case 'empty':
      return new HttpResponse(null, { status: fault.status ?? 502 });
    case 'truncated': {
      const json = JSON.stringify(fault.body ?? fixtures.passportMain);
      const cut = json.slice(0, Math.max(1, Math.floor(json.length / 2)));
      return new HttpResponse(cut, { status: fault.status ?? 200, headers: { 'Content-Type': 'application/json' } });
    }
    case 'network':
      return HttpResponse.error();
    case 'hang':
      await waitForAbort(signal);
      return HttpResponse.error();
    case 'stall':
      return new HttpResponse(stalledBody(signal, '{"detail":[],"items":['), {
        status: fault.status ?? 200,
        headers: { 'Content-Type': 'application/json' },
      });
  }
}

function statusResponse(status: number, body: unknown, headers: Record<string, string>): Response {
  if (body === undefined || body === null) return new HttpResponse(null, { status, headers });
  if (typeof body === 'string') return HttpResponse.text(body, { status, headers });
  return HttpResponse.json(body, { status, headers });
}

function nginxPage(status: number): string {
  const title = `${status} ${REASONS[status] ?? 'Error'}`;
  return [
    `<html>`,
    `<head><title>${title}</title></head>`,
    `<body>`,
    `<center><h1>${title}</h1></center>`,
    `<hr><center>nginx/1.15.2</center>`,
    `</body>`,
    `</html>`,
    ``,
  ].join('\r\n');
}
