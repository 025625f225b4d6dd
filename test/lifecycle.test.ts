import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { advanceUntil, record } from './support/collect';
import { fetchProbe } from './support/fetch-probe';
import { jpeg, setup, useMswServer } from './support/handl-server';

useMswServer();

describe('nothing outlives a task', () => {
  it.each([
    ['done', {}],
    ['error', { task: 'fail' as const }],
  ])('after %s: no timer, no listener on the caller signal, no fetch in flight', async (_, mockOptions) => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const caller = new AbortController();
    const { handl } = setup({ pendingPolls: 2, ...mockOptions }, { fetch: probe.fetch });
    const run = record(handl.recognize$(jpeg(), { signal: caller.signal }));
    await vi.advanceTimersByTimeAsync(1);
    expect(vi.getTimerCount()).toBeGreaterThan(0); // the deadline and request timers run meanwhile
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(1);
    await run.settle();
    expect(run.isComplete()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    expect(probe.inFlight()).toBe(0);
  });

  it('after unsubscribe mid-request: the request is aborted, timers cleared, nothing more emitted', async () => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const caller = new AbortController();
    const { mock, handl } = setup({ pendingPolls: 5 }, { fetch: probe.fetch });
    mock.use({ on: 'poll', nth: 2, fault: { type: 'hang' } });
    const run = record(handl.recognize$(jpeg(), { signal: caller.signal }));
    await advanceUntil(() => probe.gets().length === 2); // submit, poll 1 (pending), poll 2 hangs
    await vi.advanceTimersByTimeAsync(50);
    expect(probe.gets()).toHaveLength(2);
    expect(probe.inFlight()).toBe(1);
    const seen = run.states.length;

    run.subscription.unsubscribe();
    await vi.advanceTimersByTimeAsync(0);
    expect(probe.gets()[1]?.signal?.aborted).toBe(true);
    expect(probe.inFlight()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.states).toHaveLength(seen);
    expect(run.isComplete()).toBe(false); // unsubscribing is silent
    expect(probe.calls).toHaveLength(3);
  });

  it('after unsubscribe between polls: no further poll is ever sent', async () => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const { handl } = setup({ task: 'never' }, { fetch: probe.fetch });
    const run = record(handl.recognize$(jpeg()));
    await advanceUntil(() => run.states.some((s) => s.status === 'pending'));
    const polls = probe.gets().length;
    expect(polls).toBeGreaterThan(0);
    expect(probe.inFlight()).toBe(0);
    run.subscription.unsubscribe();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe.gets()).toHaveLength(polls);
  });

  it('unsubscribing during the upload aborts the POST', async () => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const { mock, handl } = setup({}, { fetch: probe.fetch });
    mock.use({ on: 'submit', fault: { type: 'hang' } });
    const run = record(handl.recognize$(jpeg()));
    await advanceUntil(() => probe.calls.length === 1);
    await vi.advanceTimersByTimeAsync(10);
    run.subscription.unsubscribe();
    await vi.advanceTimersByTimeAsync(0);
    expect(probe.calls[0]?.signal?.aborted).toBe(true);
    expect(run.states).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the caller signal', () => {
  it('aborting it ends the task with an aborted error state and stops polling', async () => {
    vi.useFakeTimers();
    const probe = fetchProbe();
    const caller = new AbortController();
    const { handl } = setup({ task: 'never' }, { fetch: probe.fetch });
    const run = record(handl.recognize$(jpeg(), { signal: caller.signal }));
    await advanceUntil(() => run.states.some((s) => s.status === 'pending'));
    caller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.isComplete()).toBe(true);
    const last = run.states.at(-1);
    expect(last).toMatchObject({ status: 'error', taskId: run.states[0]?.taskId, error: { name: 'HandlError', kind: 'aborted', retryable: false } });
    const calls = probe.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe.calls).toHaveLength(calls);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('aborting it mid-request aborts the request; the Promise twin rejects with aborted', async () => {
    const probe = fetchProbe();
    const caller = new AbortController();
    const { mock, handl } = setup({}, { fetch: probe.fetch });
    mock.use({ on: 'poll', fault: { type: 'hang' } });
    const promise = handl.recognize(jpeg(), { signal: caller.signal });
    await vi.waitUntil(() => probe.gets().length === 1);
    caller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'HandlError', kind: 'aborted' });
    expect(probe.gets()[0]?.signal?.aborted).toBe(true);
  });

  it('an already aborted signal sends nothing', async () => {
    const { mock, handl } = setup();
    const states: unknown[] = [];
    handl.recognize$(jpeg(), { signal: AbortSignal.abort() }).subscribe((s) => states.push(s));
    await expect(handl.result('abc', { signal: AbortSignal.abort() })).rejects.toMatchObject({ kind: 'aborted' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(states).toEqual([{ status: 'error', taskId: null, error: expect.objectContaining({ kind: 'aborted' }) }]);
    expect(mock.requests).toEqual([]);
  });
});
