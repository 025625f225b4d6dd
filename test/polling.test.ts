import { describe, expect, it, vi } from 'vitest';
import { record } from './support/collect';
import { fetchProbe } from './support/fetch-probe';
import { jpeg, setup, useMswServer } from './support/handl-server';

useMswServer();

const pendings = (states: { status: string }[]) =>
  states.filter((s): s is { status: 'pending'; attempt: number; nextPollMs: number; elapsedMs: number; taskId: string } => s.status === 'pending');

describe('poll schedule (virtual time)', () => {
  it('waits initialDelayMs, then intervalMs growing by backoff up to maxIntervalMs', async () => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const { handl } = setup({ pendingPolls: 6 }, { fetch: probe.fetch });
    const run = record(handl.recognize$(jpeg()));
    await run.settle();
    const starts = probe.gets().map((c) => c.startedAt - probe.calls[0]!.endedAt!);
    // initial 100, then 100, 200, 400, 800, 1000 (capped), 1000
    expect(starts).toEqual([100, 200, 400, 800, 1600, 2600, 3600]);
    expect(pendings(run.states).map((s) => s.nextPollMs)).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(run.states.at(-1)?.status).toBe('done');
  });

  it('schedules the next poll only after the previous answer: slow answers never overlap', async () => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const { mock, handl } = setup({ pendingPolls: 4 }, { fetch: probe.fetch });
    mock.use({ on: 'poll', fault: { type: 'delay', ms: 700 } });
    const run = record(handl.recognize$(jpeg()));
    await run.settle();
    const gets = probe.gets();
    expect(gets).toHaveLength(5);
    for (let i = 1; i < gets.length; i++) {
      const previous = gets[i - 1]!;
      expect(previous.endedAt).toBeDefined();
      // the wait (100, 200, 400, 800) starts when the previous answer arrived
      expect(gets[i]!.startedAt - previous.endedAt!).toBe(100 * 2 ** (i - 1));
    }
    expect(run.states.at(-1)?.status).toBe('done');
  });

  it('spreads each wait by ±jitter and never goes below intervalMs × (1 − jitter)', async () => {
    vi.useFakeTimers();
    const poll = { initialDelayMs: 1000, intervalMs: 1000, backoff: 1.5, maxIntervalMs: 10_000, jitter: 0.2 };
    const random = vi.spyOn(Math, 'random');
    const waits = async (value: number) => {
      random.mockReturnValue(value);
      const { handl } = setup({ pendingPolls: 3 }, { poll });
      return pendings(await record(handl.recognize$(jpeg())).settle()).map((s) => s.nextPollMs);
    };
    expect(await waits(0)).toEqual([800, 1200, 1800]);
    expect(await waits(0.5)).toEqual([1000, 1500, 2250]);
    expect(await waits(0.999_999)).toEqual([1200, 1800, 2700]);
  });

  it('recognises every form of "not done": 202 empty, 202 HTML, 425 legacy and 200 with errno 9', async () => {
    vi.useFakeTimers();
    const { mock, handl } = setup({ pendingPolls: 0 });
    mock.use(
      { on: 'poll', nth: 1, fault: { type: 'empty', status: 202 } },
      { on: 'poll', nth: 2, fault: { type: 'status', status: 202, body: '<html><body>queued</body></html>', headers: { 'content-type': 'text/html' } } },
      { on: 'poll', nth: 3, fault: { type: 'status', status: 425, body: { detail: [{ msg: 'Async task not done', type: 'result_error' }] } } },
      { on: 'poll', nth: 4, fault: { type: 'status', status: 200, body: { code: 200, message: 'Async task not done', errno: 9, traceback: null } } },
      { on: 'poll', nth: 5, fault: { type: 'status', status: 202, body: { detail: [], items: [], errno: 9, code: 202, message: 'Async task not done' } } },
    );
    const states = await record(handl.recognize$(jpeg())).settle();
    expect(pendings(states).map((s) => s.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(states.at(-1)?.status).toBe('done');
  });
});

describe('Retry-After', () => {
  it.each([
    ['seconds', '1.5', 1500],
    ['zero, meaning now', '0', 0],
    ['capped at maxRetryAfterMs', '120', 2000],
  ])('on 202 is honoured: %s', async (_, header, expected) => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const { mock, handl } = setup({ pendingPolls: 0 }, { fetch: probe.fetch, poll: { initialDelayMs: 100, intervalMs: 100, jitter: 0, maxRetryAfterMs: 2000 } });
    mock.use({ on: 'poll', nth: 1, fault: { type: 'status', status: 202, headers: { 'Retry-After': header } } });
    const states = await record(handl.recognize$(jpeg())).settle();
    expect(pendings(states)[0]?.nextPollMs).toBe(expected);
    const [first, second] = probe.gets();
    // a wait of 0 still yields to other timers once (one tick of virtual time)
    expect(second!.startedAt - first!.endedAt!).toBe(Math.max(expected, 1));
    expect(states.at(-1)?.status).toBe('done');
  });

  it.each(['-1', '+5', '1,5', 'soon', ''])('on 202 ignores the unreadable value %j and keeps the schedule', async (header) => {
    vi.useFakeTimers();
    const { mock, handl } = setup({ pendingPolls: 0 });
    mock.use({ on: 'poll', nth: 1, fault: { type: 'status', status: 202, headers: { 'Retry-After': header } } });
    const states = await record(handl.recognize$(jpeg())).settle();
    expect(pendings(states)[0]?.nextPollMs).toBe(100);
  });

  it('on 202 accepts an HTTP date', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T12:00:00Z') });
    const probe = fetchProbe();
    const { mock, handl } = setup({ pendingPolls: 0 }, { fetch: probe.fetch });
    mock.use({ on: 'poll', nth: 1, fault: { type: 'status', status: 202, headers: { 'Retry-After': 'Thu, 03 Dec 2026 12:00:05 GMT' } } });
    const states = await record(handl.recognize$(jpeg())).settle();
    const [first, second] = probe.gets();
    const untilDate = Date.parse('2026-12-03T12:00:05Z') - first!.endedAt!;
    expect(untilDate).toBeGreaterThan(4000);
    expect(pendings(states)[0]?.nextPollMs).toBe(untilDate);
    expect(second!.startedAt).toBe(Date.parse('2026-12-03T12:00:05Z'));
  });

  it.each([429, 503])('on a %i poll is honoured before the retry', async (status) => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const { mock, handl } = setup({ pendingPolls: 0 }, { fetch: probe.fetch });
    mock.use({ on: 'poll', nth: 1, fault: { type: 'status', status, headers: { 'Retry-After': '7' }, body: { detail: [] } } });
    const states = await record(handl.recognize$(jpeg())).settle();
    const [first, second] = probe.gets();
    expect(second!.startedAt - first!.endedAt!).toBe(7000);
    expect(states.map((s) => s.status)).toEqual(['submitted', 'pending', 'done']);
    expect(states[1]).toMatchObject({ nextPollMs: 7000, failure: { status, retryAfterMs: 7000 } });
  });
});
