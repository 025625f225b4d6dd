import { describe, expect, it, vi } from 'vitest';
import type { HandlError, TaskState } from 'handl-rx';
import type { MockFault } from 'handl-rx/msw';
import { advanceUntil, collect, record } from './support/collect';
import { fetchProbe } from './support/fetch-probe';
import { jpeg, setup, useMswServer } from './support/handl-server';

useMswServer();

const errorOf = (states: TaskState<unknown>[]): HandlError => {
  const last = states.at(-1);
  if (last?.status !== 'error') throw new Error(`expected an error state, got ${JSON.stringify(last)}`);
  return last.error;
};

describe('transient poll failures are retried', () => {
  it.each<[string, MockFault, HandlError['kind']]>([
    ['a network error', { type: 'network' }, 'network'],
    ['a stalled body (request timeout)', { type: 'stall' }, 'timeout'],
    ['a request that never answers', { type: 'hang' }, 'timeout'],
    ['429', { type: 'status', status: 429, body: { detail: [] } }, 'rate_limited'],
    ['an HTML 502 page', { type: 'html', status: 502 }, 'server'],
    ['an HTML 504 page', { type: 'html', status: 504 }, 'server'],
    ['an empty 500', { type: 'empty', status: 500 }, 'server'],
    ['a 500 envelope with another errno', { type: 'status', status: 500, body: { detail: [], items: [], errno: 100, message: 'Unknown error' } }, 'server'],
    ['503', { type: 'status', status: 503 }, 'server'],
  ])('%s: up to retry.limit times, then the error carries its kind', async (_, fault, kind) => {
    vi.useFakeTimers();
    const ok = setup({ pendingPolls: 0 }, { requestTimeoutMs: 1000 });
    ok.mock.use({ on: 'poll', nth: 1, times: 2, fault });
    const recovered = await record(ok.handl.recognize$(jpeg())).settle();
    // each failed poll is reported as pending with its failure, then retried
    expect(recovered.map((s) => s.status)).toEqual(['submitted', 'pending', 'pending', 'done']);
    expect(recovered.slice(1, 3)).toEqual([
      expect.objectContaining({ attempt: 1, failure: expect.objectContaining({ name: 'HandlError', kind }) }),
      expect.objectContaining({ attempt: 2, failure: expect.objectContaining({ kind }) }),
    ]);
    expect(ok.mock.requests.filter((r) => r.method === 'GET')).toHaveLength(3);

    const bad = setup({ pendingPolls: 0 }, { requestTimeoutMs: 1000 });
    bad.mock.use({ on: 'poll', nth: 1, times: 3, fault });
    const error = errorOf(await record(bad.handl.recognize$(jpeg())).settle());
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(true);
    expect(error.taskId).toEqual(expect.any(String));
    expect(bad.mock.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('counts consecutive failures only: a not-done answer resets the count', async () => {
    vi.useFakeTimers();
    const { mock, handl } = setup({ pendingPolls: 1 });
    mock.use(
      { on: 'poll', nth: 1, times: 2, fault: { type: 'html', status: 502 } },
      { on: 'poll', nth: 4, times: 2, fault: { type: 'network' } },
    );
    const states = await record(handl.recognize$(jpeg())).settle();
    // 502, 502, not done (resets the count), network, network, done
    expect(states.map((s) => (s.status === 'pending' ? (s.failure?.kind ?? 'not done') : s.status))).toEqual([
      'submitted', 'server', 'server', 'not done', 'network', 'network', 'done',
    ]);
    expect(mock.requests.filter((r) => r.method === 'GET')).toHaveLength(6);
  });

  it('reports the kind of the last failure when retries run out', async () => {
    vi.useFakeTimers();
    const { mock, handl } = setup({ pendingPolls: 0 }, { retry: { limit: 2 } });
    mock.use(
      { on: 'poll', nth: 1, fault: { type: 'network' } },
      { on: 'poll', nth: 2, fault: { type: 'html', status: 504 } },
      { on: 'poll', nth: 3, fault: { type: 'status', status: 429, headers: { 'Retry-After': '1' } } },
    );
    const error = errorOf(await record(handl.recognize$(jpeg())).settle());
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterMs: 1000 });
  });

  it('honours retry.limit 0: the first transient failure ends the task', async () => {
    vi.useFakeTimers();
    const { mock, handl } = setup({ pendingPolls: 0 }, { retry: { limit: 0 } });
    mock.use({ on: 'poll', nth: 1, fault: { type: 'empty', status: 502 } });
    expect(errorOf(await record(handl.recognize$(jpeg())).settle())).toMatchObject({ kind: 'server', status: 502 });
  });
});

describe('the submit is never retried', () => {
  it.each<[MockFault, HandlError['kind']]>([
    [{ type: 'status', status: 503, headers: { 'Retry-After': '2' } }, 'server'],
    [{ type: 'network' }, 'network'],
    [{ type: 'status', status: 429, headers: { 'Retry-After': '30' } }, 'rate_limited'],
    [{ type: 'stall' }, 'timeout'],
  ])('%o ends the task as %s after one POST', async (fault, kind) => {
    vi.useFakeTimers();
    const { mock, handl } = setup({}, { requestTimeoutMs: 1000 });
    mock.use({ on: 'submit', fault });
    const states = await record(handl.recognize$(jpeg())).settle();
    expect(states).toHaveLength(1);
    expect(errorOf(states).kind).toBe(kind);
    expect(states[0]).toMatchObject({ status: 'error', taskId: null });
    expect(mock.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('exposes Retry-After of a rate-limited submit', async () => {
    const { mock, handl } = setup();
    mock.use({ on: 'submit', fault: { type: 'status', status: 429, headers: { 'Retry-After': '30' } } });
    await expect(handl.recognize(jpeg())).rejects.toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000, retryable: true });
  });
});

describe('terminal outcomes', () => {
  it('401 and 403 are auth errors, with the server detail', async () => {
    const wrong = setup({}, { token: 'not-the-license' });
    await expect(wrong.handl.recognize(jpeg())).rejects.toMatchObject({
      kind: 'auth',
      status: 403,
      retryable: false,
      detail: [{ msg: 'License is not valid', type: 'license_error' }],
    });
    const unauthorized = setup();
    unauthorized.mock.use({ on: 'poll', fault: { type: 'status', status: 401, body: { errno: 2, message: 'Unauthorized' } } });
    await expect(unauthorized.handl.recognize(jpeg())).rejects.toMatchObject({ kind: 'auth', status: 401, errno: 2 });
    expect(unauthorized.mock.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('a 404 poll is not_found, carrying the task id', async () => {
    const { handl } = setup();
    await expect(handl.result('0123456789abcdef01234567')).rejects.toMatchObject({
      kind: 'not_found',
      status: 404,
      errno: 8,
      taskId: '0123456789abcdef01234567',
    });
  });

  it('a task that expires after it was done is not_found when resumed', async () => {
    const { handl } = setup({ task: 'expire', pendingPolls: 0 });
    const done = await collect(handl.recognize$(jpeg()));
    const last = done.at(-1);
    expect(last?.status).toBe('done');
    await expect(handl.result(last!.taskId!)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('a failed task (500 with errno 10) is task_failed and not retried', async () => {
    const { mock, handl } = setup({ task: 'fail', pendingPolls: 1 });
    const error = await handl.recognize(jpeg()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'HandlError', kind: 'task_failed', status: 500, errno: 10, retryable: false });
    // one pending poll, then the failing one, and nothing after it
    expect(mock.requests.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([202, 500]);
  });

  it('a task turned to fail while pending ends at its failed poll, with nothing after it', async () => {
    const { mock, handl } = setup({ pendingPolls: 3 });
    mock.use({ on: 'poll', nth: 2, fault: { type: 'task', outcome: 'fail' } });
    await expect(handl.recognize(jpeg())).rejects.toMatchObject({ kind: 'task_failed', errno: 10 });
    expect(mock.requests.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([202, 202, 202, 500]);
  });

  it.each([400, 413, 422])('%i is bad_request carrying the detail', async (status) => {
    const { mock, handl } = setup();
    const detail = [{ loc: ['query', 'quality'], msg: 'ensure this value is less than or equal to 100', type: 'value_error.number.not_le' }];
    mock.use({ on: 'submit', fault: { type: 'status', status, body: { detail } } });
    await expect(handl.recognize(jpeg())).rejects.toMatchObject({ kind: 'bad_request', status, detail, retryable: false });
  });

  it('a parameter the server refuses comes back as bad_request naming it', async () => {
    const { handl } = setup();
    const error = await handl.recognize(jpeg(), { quality: 101 }).catch((e: unknown) => e as HandlError);
    expect(error).toMatchObject({ kind: 'bad_request', status: 422 });
    expect(JSON.stringify(error.detail)).toContain('quality');
  });

  it('an nginx 413 HTML page is bad_request with the page as body', async () => {
    const { mock, handl } = setup();
    mock.use({ on: 'submit', fault: { type: 'html', status: 413 } });
    const error = await handl.recognize(jpeg()).catch((e: unknown) => e as HandlError);
    expect(error).toMatchObject({ kind: 'bad_request', status: 413 });
    expect(String(error.body)).toContain('413 Request Entity Too Large');
  });

  it('a 200 whose body is cut mid-JSON is a validation error, never a raw SyntaxError', async () => {
    const { mock, handl } = setup({ pendingPolls: 0 });
    mock.use({ on: 'poll', fault: { type: 'truncated' } });
    const error = await handl.recognize(jpeg()).catch((e: unknown) => e as HandlError);
    expect(error).toMatchObject({ name: 'HandlError', kind: 'validation', status: 200, retryable: false });
    expect(error.message).toMatch(/not a JSON object/);
    expect(String(error.body)).toMatch(/^\{/); // what came, for the log
  });

  it('a 200 that fails the schema is a validation error naming the failing path', async () => {
    const bad = { items: [{ doc_type: 'passport_main', fields: { surname: { text: 'X', confidence: 'high' } } }] };
    const { handl } = setup({ pendingPolls: 0, results: { passport_main: bad as never } });
    const error = await handl.recognize(jpeg()).catch((e: unknown) => e as HandlError);
    expect(error.kind).toBe('validation');
    expect(error.message).toContain('items.0.fields.surname.confidence');
    expect(error.detail).toEqual([expect.objectContaining({ path: 'items.0.fields.surname.confidence' })]);
  });

  it('an async submit answered without task_id and without items is a validation error', async () => {
    const { mock, handl } = setup();
    mock.use({ on: 'submit', fault: { type: 'status', status: 200, body: { detail: [], items: [], task_id: null } } });
    await expect(handl.recognize(jpeg())).rejects.toMatchObject({ kind: 'validation' });
  });
});

describe('deadline', () => {
  it('ends a task that never finishes with deadline, carrying the task id, without cancelling it', async () => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const { mock, handl } = setup({ task: 'never' }, { fetch: probe.fetch, deadlineMs: 2000 });
    const run = record(handl.recognize$(jpeg()));
    const states = await run.settle();
    const error = errorOf(states);
    expect(error).toMatchObject({ kind: 'deadline', retryable: true, taskId: states[0]?.taskId });
    expect(error.message).toContain('result$');
    const polls = probe.gets().length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe.gets()).toHaveLength(polls);
    expect(mock.tasks.find((t) => t.id === error.taskId)?.state).toBe('pending');
  });

  it('lets result$ pick the task up later', async () => {
    vi.useFakeTimers();
    const { handl } = setup({ processingMs: 5000 }, { deadlineMs: 1000 });
    const first = await record(handl.recognize$(jpeg())).settle();
    const { taskId } = errorOf(first);
    await vi.advanceTimersByTimeAsync(5000);
    const resumed = await record(handl.result$(taskId!, { service: 'recognize' })).settle();
    expect(resumed.map((s) => s.status)).toEqual(['done']);
    expect(resumed[0]).toMatchObject({ status: 'done', taskId });
  });

  it('cuts a Retry-After that outlasts the deadline short', async () => {
    vi.useFakeTimers();
    const { mock, handl } = setup({ pendingPolls: 0 }, { deadlineMs: 3000 });
    mock.use({ on: 'poll', nth: 1, fault: { type: 'status', status: 202, headers: { 'Retry-After': '50' } } });
    const run = record(handl.recognize$(jpeg()));
    await advanceUntil(() => run.states.length === 2); // submitted, pending with the long wait
    expect(run.states[1]).toMatchObject({ status: 'pending', nextPollMs: 50_000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(run.isComplete()).toBe(true);
    expect(errorOf(run.states).kind).toBe('deadline');
  });
});

describe('deadline before a task id exists', () => {
  it('says there is nothing to resume when the submit itself ran out of time', async () => {
    const { mock, handl } = setup({}, { deadlineMs: 100 });
    mock.use({ on: 'submit', fault: { type: 'hang' } });
    const error = await handl.recognize(jpeg(), { async: false }).catch((e: unknown) => e as HandlError);
    expect(error).toMatchObject({ kind: 'deadline' });
    expect(error.taskId).toBeUndefined();
    expect(error.message).not.toContain('result$');
    expect(error.message).toContain('POST recognize');
  });
});

describe('messages read as sentences', () => {
  it('a server message or a fetch error ending in a full stop is not followed by a second one', async () => {
    const auth = setup();
    auth.mock.use({ on: 'submit', fault: { type: 'status', status: 403, body: { errno: 2, message: 'License is not valid.' } } });
    const authError = await auth.handl.recognize(jpeg()).catch((e: unknown) => e as HandlError);
    expect(authError.message).toBe('[handl-rx] POST recognize answered 403: License is not valid. Check `token` (and `auth`)');

    const offline = setup({}, { fetch: () => Promise.reject(new TypeError('Failed to fetch.')) });
    const networkError = await offline.handl.recognize(jpeg()).catch((e: unknown) => e as HandlError);
    expect(networkError.kind).toBe('network');
    expect(networkError.message).toBe('[handl-rx] POST recognize failed: TypeError: Failed to fetch. Check `baseUrl`, the network and CORS');
  });
});
