import { describe, expect, it } from 'vitest';
import { fixtures } from 'handl-rx/msw';
import { answer, poll, serve, submit, submitAsync, useMswServer } from './mock-server';

useMswServer();

const pollStatuses = async (id: string, count: number) => {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) seen.push((await poll(id)).status);
  return seen;
};

describe('task: fail', () => {
  it('answers 202 until the task would be done, then 500 with errno 10 on every poll', async () => {
    const mock = serve({ task: 'fail', pendingPolls: 1 });
    const id = await submitAsync();
    expect((await poll(id)).status).toBe(202);
    expect(await answer(poll(id))).toEqual({ status: 500, body: { ...fixtures.taskFailed, task_id: id } });
    expect((await poll(id)).status).toBe(500);
    expect(mock.tasks[0]).toMatchObject({ outcome: 'fail', state: 'failed', polls: 3 });
  });

  it('fails a sync call with 500 errno 10', async () => {
    serve({ task: 'fail' });
    expect(await answer(submit('/recognize'))).toEqual({ status: 500, body: { ...fixtures.taskFailed, task_id: null } });
  });
});

describe('task: never', () => {
  it('answers 202 forever', async () => {
    const mock = serve({ task: 'never', pendingPolls: 0 });
    const id = await submitAsync();
    expect(await pollStatuses(id, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(mock.tasks[0]).toMatchObject({ state: 'pending', polls: 5 });
  });

  it('leaves a sync call without an answer until the client aborts', async () => {
    const mock = serve({ task: 'never' });
    const pending = submit('/recognize', '', undefined, { signal: AbortSignal.timeout(80) });
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect.poll(() => mock.requests[0]?.status).toBe(0);
  });
});

describe('task: expire', () => {
  it('serves the result once, then 404 errno 8', async () => {
    const mock = serve({ task: 'expire', pendingPolls: 1 });
    const id = await submitAsync();
    expect(await pollStatuses(id, 2)).toEqual([202, 200]);
    expect(await answer(poll(id))).toEqual({ status: 404, body: fixtures.notFound });
    expect(mock.tasks[0]).toMatchObject({ state: 'expired', polls: 3 });
  });
});

describe('task faults', () => {
  it('on submit, give that task its outcome', async () => {
    const mock = serve({ pendingPolls: 0, faults: [{ on: 'submit', nth: 2, fault: { type: 'task', outcome: 'fail' } }] });
    const first = await submitAsync();
    const second = await submitAsync();
    expect([(await poll(first)).status, (await poll(second)).status]).toEqual([200, 500]);
    expect(mock.tasks.map((task) => task.outcome)).toEqual(['normal', 'fail']);
    expect(mock.requests.map((r) => r.fault)).toEqual([undefined, 'task', undefined, undefined]);
  });

  it('on a poll, change the polled task from then on', async () => {
    const mock = serve({ pendingPolls: 1 });
    const id = await submitAsync();
    mock.use({ on: 'poll', nth: 1, fault: { type: 'task', outcome: 'never' } });
    expect(await pollStatuses(id, 4)).toEqual([202, 202, 202, 202]);
    mock.use({ on: 'poll', nth: 1, fault: { type: 'task', outcome: 'expire' } });
    expect(await pollStatuses(id, 2)).toEqual([200, 404]);
  });

  it('can expire a task that is already done', async () => {
    serve({ pendingPolls: 0, faults: [{ on: 'poll', nth: 3, fault: { type: 'task', outcome: 'expire' } }] });
    const id = await submitAsync();
    expect(await pollStatuses(id, 4)).toEqual([200, 200, 200, 404]);
  });
});
