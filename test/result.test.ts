import { describe, expect, it, vi } from 'vitest';
import { filter, firstValueFrom } from 'rxjs';
import { createHandl, type RecognizeOptions, type ResultOptions } from 'handl-rx';
import { collect } from './support/collect';
import { BASE, jpeg, setup, useMswServer } from './support/handl-server';

useMswServer();

describe('result$', () => {
  it('resumes a task by id: polls at once, emits no submitted', async () => {
    const { mock, handl } = setup({ pendingPolls: 2 });
    // Submit, keep the id, and leave (firstValueFrom unsubscribes): the task goes on server-side.
    const submitted = await firstValueFrom(handl.recognize$(jpeg()).pipe(filter((s) => s.status === 'submitted')));
    const states = await collect(handl.result$(submitted.taskId));
    expect(states.map((s) => s.status)).toEqual(['pending', 'pending', 'done']);
    expect(states[0]).toMatchObject({ taskId: submitted.taskId, attempt: 1 });
    expect(mock.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'GET', 'GET']);
  });

  it('sends the task id as one percent-encoded path segment', async () => {
    const { mock, handl } = setup();
    await expect(handl.result('a/b c?d#e')).rejects.toMatchObject({ kind: 'not_found' });
    expect(mock.requests[0]?.path).toBe('/result/a%2Fb%20c%3Fd%23e');
  });

  it('validates with the schema of the service it is told, or whichever fits', async () => {
    const { handl } = setup({ pendingPolls: 0 });
    const classified = await collect(handl.classify$(jpeg()));
    const taskId = classified[0]?.taskId as string;
    const asClassify = await handl.result(taskId, { service: 'classify' });
    expect(asClassify.items[0]?.document.type).toEqual(expect.any(String));
    const asAny = await handl.result(taskId);
    expect(asAny.items).toEqual(asClassify.items);
    await expect(handl.result(taskId, { service: 'recognize' })).rejects.toMatchObject({ kind: 'validation' });
  });

  it('refuses an empty id without a request', async () => {
    const { mock, handl } = setup();
    await expect(handl.result('')).rejects.toMatchObject({ kind: 'bad_request' });
    expect(mock.requests).toEqual([]);
  });
});

describe('fetch', () => {
  it('is looked up on globalThis when a request is made, not when the client is created', async () => {
    const { mock } = setup({ pendingPolls: 0 });
    const handl = createHandl({ baseUrl: BASE, token: undefined });
    const original = globalThis.fetch;
    const spy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => original(input, init));
    vi.stubGlobal('fetch', spy);
    try {
      await handl.recognize(jpeg(), { async: false }).catch(() => undefined);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(spy).toHaveBeenCalledOnce();
    expect(mock.requests).toHaveLength(1);
  });

  it('gives a clear network error when the runtime has none', async () => {
    const handl = createHandl({ baseUrl: BASE });
    vi.stubGlobal('fetch', undefined);
    try {
      await expect(handl.recognize(jpeg())).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/pass `fetch`/i) });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('options', () => {
  it('refuses a wrong client option when the client is created', () => {
    expect(() => createHandl({ poll: { intervalMs: -1 } })).toThrow(/`poll.intervalMs`/);
    expect(() => createHandl({ poll: { jitter: 2 } })).toThrow(/`poll.jitter`/);
    expect(() => createHandl({ deadlineMs: Number.NaN })).toThrow(/`deadlineMs`/);
    expect(() => createHandl({ baseUrl: 'latest.handl.io' })).toThrow(/`baseUrl`/);
    expect(() => createHandl({ poll: { intervalMs: undefined } })).not.toThrow();
    expect(() => createHandl({ poll: { backoff: 0.5 } })).toThrow(/`poll.backoff`/);
    expect(() => createHandl({ poll: { maxIntervalMs: Infinity } })).toThrow(/`poll.maxIntervalMs`/);
    expect(() => createHandl({ retry: { limit: Infinity } })).toThrow(/`retry.limit`/);
    expect(() => createHandl({ requestTimeoutMs: -5, poll: { jitter: -0.1 } })).toThrow(/`poll.jitter`, `requestTimeoutMs`/);
    // No limit is a valid choice for the two timeouts, and the edges of each range are allowed.
    expect(() => createHandl({ deadlineMs: Infinity, requestTimeoutMs: Infinity, poll: { backoff: 1, jitter: 1 } })).not.toThrow();
  });

  it('turns a wrong per-call option into an error state, sending nothing', async () => {
    const { mock, handl } = setup();
    const states = await collect(handl.recognize$(jpeg(), { poll: { backoff: 0.5 } }));
    expect(states).toEqual([{ status: 'error', taskId: null, error: expect.objectContaining({ kind: 'bad_request' }) }]);
    await expect(handl.result('abc', { deadlineMs: -5 })).rejects.toMatchObject({ kind: 'bad_request' });
    expect(mock.requests).toEqual([]);
  });
});

describe('option types say what each call uses', () => {
  it('result$ refuses submit-only options; hitlRequiredFields takes one name or several', async () => {
    // @ts-expect-error a poll sends no query of the caller's: `params` belong to a submit
    const withParams: ResultOptions = { params: { pending: 1 } };
    // @ts-expect-error `async` and `fileName` too
    const withAsync: ResultOptions = { async: false, fileName: 'a.jpg' };
    expect([withParams, withAsync]).toHaveLength(2);

    const one: RecognizeOptions = { hitlRequiredFields: 'surname', async: false };
    const { mock, handl } = setup();
    await handl.recognize(jpeg(), one);
    await handl.recognize(jpeg(), { ...one, hitlRequiredFields: ['surname', 'date_of_birth'] });
    expect(mock.requests.map((r) => r.query['hitl_required_fields'])).toEqual([['surname'], ['surname', 'date_of_birth']]);
  });
});
