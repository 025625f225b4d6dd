// Regression tests from the second adversarial review: each pins a behaviour whose removal
// no earlier test noticed, or a defect the review found.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandl, type HandlError } from 'handl-rx';
import { fixtures } from 'handl-rx/msw';
import { pollDelay } from '../../src/core/backoff';
import { DEFAULTS } from '../../src/core/defaults';
import { collect } from '../support/collect';
import { BASE, jpeg, setup, TOKEN, useMswServer } from '../support/handl-server';

useMswServer();
afterEach(() => vi.unstubAllGlobals());

const errorOf = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a rejection'), (e: unknown) => e as HandlError);

describe('a relative baseUrl (your proxy) in a page', () => {
  it('resolves against the page address, like the README browser example', async () => {
    vi.stubGlobal('location', { href: 'https://app.example/forms/passport' });
    const { mock, handl } = setup({ baseUrl: 'https://app.example/api/handl' }, { baseUrl: '/api/handl' });
    await expect(handl.recognize(jpeg())).resolves.toMatchObject({ items: [{ doc_type: 'passport_main' }] });
    expect(mock.requests.map((r) => r.path)).toEqual(['/recognize', expect.stringMatching(/^\/result\//), expect.any(String), expect.any(String)]);
  });

  it('is refused where there is no page (a worker, Node): kind bad_request at createHandl', () => {
    expect(() => createHandl({ baseUrl: '/api/handl' })).toThrow(expect.objectContaining({ kind: 'bad_request', message: expect.stringMatching(/`baseUrl`/) }));
    expect(() => createHandl({ baseUrl: 'ftp://files.example/' })).toThrow(/`baseUrl`/);
  });
});

describe('the upload itself', () => {
  class EndlessBlob extends Blob {
    override slice(): Blob {
      const endless = new Blob([]);
      endless.arrayBuffer = () => new Promise<ArrayBuffer>(() => {});
      return endless;
    }
  }

  it('a Blob whose read never ends does not hold the task: the deadline ends it', async () => {
    const { mock, handl } = setup({}, { deadlineMs: 50 });
    const error = await errorOf(handl.recognize(new EndlessBlob(['x'])));
    expect(error.kind).toBe('deadline');
    expect(mock.requests).toEqual([]);
  });

  it('…and so does the caller signal', async () => {
    const { handl } = setup();
    const error = await errorOf(handl.recognize(new EndlessBlob(['x']), { signal: AbortSignal.timeout(30) }));
    expect(error.kind).toBe('aborted');
  });

  it('verifyFields that are not JSON (a cycle) are bad_request, never a retryable network error', async () => {
    const { mock, handl } = setup();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const error = await errorOf(handl.recognize(jpeg(), { verifyFields: cyclic as Record<string, string> }));
    expect(error).toMatchObject({ kind: 'bad_request', retryable: false });
    expect(mock.requests).toEqual([]);
  });

  it('options that are not an object (null from untyped code) end as an error state, the observable does not error', async () => {
    const { mock, handl } = setup();
    const states = await collect(handl.recognize$(jpeg(), null as never));
    expect(states).toMatchObject([{ status: 'error', taskId: null, error: { kind: 'bad_request' } }]);
    expect(mock.requests).toEqual([]);
  });
});

describe('a submit that already answers the result', () => {
  it.each([
    ['with a task_id (a server that ignores async)', 'abc123'],
    ['without a task_id', undefined],
  ])('%s is done at once, nothing polled', async (_, taskId) => {
    const { mock, handl } = setup();
    mock.use({ on: 'submit', fault: { type: 'status', status: 200, body: { ...fixtures.passportMain, task_id: taskId ?? null } } });
    const states = await collect(handl.recognize$(jpeg()));
    expect(states).toMatchObject([{ status: 'done', taskId: taskId ?? null, result: { items: [{ doc_type: 'passport_main' }] } }]);
    expect(mock.requests.map((r) => r.method)).toEqual(['POST']);
  });
});

describe('answers whose meaning no test pinned', () => {
  const lastPollError = async (body: object | undefined, status: number): Promise<HandlError> => {
    const { mock, handl } = setup({}, { retry: { limit: 0 } });
    mock.use({ on: 'poll', fault: { type: 'status', status, ...(body && { body }) } });
    return errorOf(handl.recognize(jpeg()));
  };

  it('a 200 with an errno other than 8, 9 or 10 is a server error', async () => {
    expect(await lastPollError({ detail: [], errno: 100, message: 'Unknown error' }, 200)).toMatchObject({ kind: 'server', errno: 100, status: 200 });
  });

  it('a 408 is a timeout', async () => {
    expect(await lastPollError(undefined, 408)).toMatchObject({ kind: 'timeout', status: 408 });
  });

  it('a TimeoutError thrown by fetch itself is a timeout, not a network error', async () => {
    const { handl } = setup({}, { fetch: () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')) });
    expect(await errorOf(handl.recognize(jpeg()))).toMatchObject({ kind: 'timeout' });
  });

  it('never polls sooner than intervalMs × (1 − jitter), even when maxIntervalMs is below intervalMs', () => {
    const poll = { ...DEFAULTS.poll, intervalMs: 1000, maxIntervalMs: 100, jitter: 0.2 };
    expect(pollDelay(1, poll, () => 0)).toBe(800);
    expect(pollDelay(5, poll, () => 1)).toBe(800);
  });
});

describe('redaction of tokens that encode differently', () => {
  const TRICKY = 'tok en!(x)~';

  it('a token with a space and !()~ is redacted in its form-encoded shape too (a URL echoed by fetch)', async () => {
    const echo = (input: RequestInfo | URL) => Promise.reject(new TypeError(`fetch failed: ${input instanceof Request ? input.url : String(input)}`));
    const handl = createHandl({ baseUrl: BASE, token: TRICKY, fetch: echo });
    const error = await errorOf(handl.recognize(jpeg()));
    expect(error.message).toContain('token=***');
    for (const form of [TRICKY, encodeURIComponent(TRICKY), new URLSearchParams({ t: TRICKY }).toString().slice(2)]) {
      expect(error.message).not.toContain(form);
    }
  });

  it('a token echoed as a JSON key is redacted', async () => {
    const { mock, handl } = setup();
    mock.use({ on: 'poll', fault: { type: 'status', status: 422, body: { detail: [{ loc: ['query', 'token'], input: { [TOKEN]: 'seen' } }] } } });
    const error = await errorOf(handl.recognize(jpeg()));
    expect(JSON.stringify([error.detail, error.body, error.message])).not.toContain(TOKEN);
    expect(JSON.stringify(error.detail)).toContain('"***":"seen"');
  });
});
