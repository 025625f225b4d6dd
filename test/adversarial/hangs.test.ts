import { describe, expect, it } from 'vitest';
import { createHandl, type TaskState } from 'handl-rx';
import { collect } from '../support/collect';
import { BASE, FAST_POLL, jpeg, setup, TOKEN, useMswServer } from '../support/handl-server';

useMswServer();

/** Resolves with the task's states, or with 'HUNG' if it did not complete within `ms` of real time. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'HUNG'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<'HUNG'>((resolve) => (timer = setTimeout(() => resolve('HUNG'), ms)));
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}
const last = (states: TaskState<unknown>[] | 'HUNG') => (states === 'HUNG' ? 'HUNG' : states.at(-1));

describe('adversarial: never hangs', () => {
  it('a custom fetch that never settles and ignores its signal ends in a timeout state (requestTimeoutMs)', async () => {
    const fetch: typeof globalThis.fetch = () => new Promise<Response>(() => {}); // e.g. a polyfill without AbortSignal support
    const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch, requestTimeoutMs: 50, deadlineMs: 200 });
    const states = await within(collect(handl.recognize$(jpeg())), 2000);
    expect(last(states)).toMatchObject({ status: 'error', error: { kind: 'timeout' } });
  });

  it('the Promise twin settles too when fetch ignores its signal', async () => {
    const fetch: typeof globalThis.fetch = () => new Promise<Response>(() => {});
    const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch, requestTimeoutMs: 50, deadlineMs: 200 });
    const outcome = await within(handl.recognize(jpeg()).then(() => 'resolved', (e: { kind?: string }) => e.kind), 2000);
    expect(outcome).toBe('timeout');
  });

  it('a POST answer whose body never ends (stream deaf to cancel) ends in a timeout state', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"items":[')) }), { status: 200 });
    const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch, requestTimeoutMs: 50, deadlineMs: 200 });
    const states = await within(collect(handl.recognize$(jpeg())), 2000);
    expect(last(states)).toMatchObject({ status: 'error', error: { kind: 'timeout' } });
  });

  it('deadlineMs above 2^31−1 ms (no practical deadline) does not end the task at once', async () => {
    const { handl } = setup({ pendingPolls: 1 }, { deadlineMs: 2 ** 31 });
    const states = await within(collect(handl.recognize$(jpeg())), 5000);
    expect(last(states)).toMatchObject({ status: 'done' });
  });

  it('requestTimeoutMs above 2^31−1 ms does not time every request out at once', async () => {
    const { mock, handl } = setup({ pendingPolls: 0 }, { requestTimeoutMs: Number.MAX_SAFE_INTEGER });
    mock.use({ on: 'submit', fault: { type: 'delay', ms: 20 } });
    const states = await within(collect(handl.recognize$(jpeg())), 5000);
    expect(last(states)).toMatchObject({ status: 'done' });
  });

  /** A server answering 202 forever (optionally with headers), and a timer armed before the task. */
  function spinProbe(headers: Record<string, string> = {}) {
    const probe = { calls: 0, callsBeforeTimer: -1 };
    setTimeout(() => {
      probe.callsBeforeTimer = probe.calls;
    }, 0);
    const fetch: typeof globalThis.fetch = async (input) => {
      probe.calls += 1;
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/recognize')) return Response.json({ items: [], task_id: 'abc' });
      // Safety valve so a starving loop still ends the test: answer done after 5 000 polls.
      if (probe.calls > 5_000) return Response.json({ items: [] });
      return new Response(null, { status: 202, headers });
    };
    return { probe, fetch };
  }

  it('poll.intervalMs 0 against an always-202 server does not starve the event loop', async () => {
    const { probe, fetch } = spinProbe();
    const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch, deadlineMs: 20, poll: { ...FAST_POLL, initialDelayMs: 0, intervalMs: 0 } });
    const states = await collect(handl.recognize$(jpeg()));
    expect(probe.callsBeforeTimer).toBeLessThan(100); // a setTimeout(0) armed before the task got its turn
    expect(states.at(-1)).toMatchObject({ status: 'error', error: { kind: 'deadline' } });
  });

  it('a server answering 202 with `Retry-After: 0` forever does not starve the event loop (default poll settings)', async () => {
    const { probe, fetch } = spinProbe({ 'Retry-After': '0' });
    const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch, deadlineMs: 1200, poll: { initialDelayMs: 0 } });
    const states = await collect(handl.recognize$(jpeg()));
    // Starved, the 1.2 s deadline timer never runs and only the safety valve ends the task (done).
    expect(states.at(-1)).toMatchObject({ status: 'error', error: { kind: 'deadline' } });
    expect(probe.callsBeforeTimer).toBeLessThan(100);
  });
});
