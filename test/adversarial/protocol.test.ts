import { describe, expect, it, vi } from 'vitest';
import { createHandl, type TaskState } from 'handl-rx';
import { collect, record } from '../support/collect';
import { BASE, FAST_POLL, jpeg, setup, TOKEN, useMswServer } from '../support/handl-server';

useMswServer();

const pendings = (states: TaskState<unknown>[]) => states.filter((s) => s.status === 'pending');

describe('adversarial: Retry-After', () => {
  it.each(['-1', '1,5', '+5'])('an invalid `Retry-After: %s` is ignored, not read as a date in the past (= poll now)', async (value) => {
    vi.useFakeTimers();
    const { mock, handl } = setup({ pendingPolls: 2 }, { poll: { ...FAST_POLL, backoff: 1 } });
    mock.use({ on: 'poll', fault: { type: 'status', status: 202, headers: { 'Retry-After': value } }, nth: 1, times: 2 });
    const states = await record(handl.recognize$(jpeg())).settle();
    expect(pendings(states).length).toBeGreaterThan(0);
    // `Date.parse('-1')` is 2001-01-01 in V8, so the wait became 0: the schedule must stay at intervalMs.
    for (const s of pendings(states)) expect(s).toMatchObject({ nextPollMs: FAST_POLL.intervalMs });
  });
});

describe('adversarial: the task id is one path segment', () => {
  it.each(['..', '.'])('result$(%j) never requests a URL outside /result/', async (id) => {
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Response.json({ detail: [], items: [], errno: 8, message: 'Async task not found' }, { status: 404 });
    };
    const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch });
    const states = await collect(handl.result$(id));
    expect(states.at(-1)?.status).toBe('error');
    // Either refuse the id up front (bad_request, nothing sent) or send it as one segment under /result/.
    for (const url of urls) expect(new URL(url).pathname).toMatch(/^\/api\/result\/[^/]+$/);
  });

  it('holds: ids with / ? # and unicode stay one encoded segment', async () => {
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Response.json({ items: [] });
    };
    const handl = createHandl({ baseUrl: `${BASE}/`, token: TOKEN, fetch });
    await collect(handl.result$('a/b?c#d é'));
    expect(new URL(urls[0]!).pathname).toBe('/api/result/a%2Fb%3Fc%23d%20%C3%A9');
  });
});

describe('adversarial: pending states do not lie', () => {
  it('elapsedMs never goes negative or backwards when the wall clock is set back mid-task', async () => {
    vi.useFakeTimers({ now: new Date('2025-06-01T12:00:00Z') });
    const { handl } = setup({ pendingPolls: 4 }, { poll: { ...FAST_POLL, backoff: 1 } });
    const run = record(handl.recognize$(jpeg()));
    await vi.advanceTimersByTimeAsync(250);
    vi.setSystemTime(new Date('2025-06-01T11:00:00Z')); // NTP correction / DST-unaware clock: one hour back
    const states = await run.settle();
    const elapsed = pendings(states).map((s) => (s as { elapsedMs: number }).elapsedMs);
    expect(elapsed.length).toBe(4);
    for (const [i, ms] of elapsed.entries()) {
      expect(ms).toBeGreaterThanOrEqual(0);
      if (i > 0) expect(ms).toBeGreaterThanOrEqual(elapsed[i - 1]!);
    }
  });
});
