import { describe, expect, it } from 'vitest';
import { createHandlMock, fixtures } from 'handl-rx/msw';
import { answer, poll, serve, submit, submitAsync, useMswServer } from './mock-server';

useMswServer();

describe('fault types', () => {
  it('status: any status with a JSON body and headers (Retry-After included)', async () => {
    const mock = serve();
    mock.use({ on: 'submit', fault: { type: 'status', status: 429, headers: { 'Retry-After': '3' }, body: { detail: [] } } });
    const res = await submit('/recognize');
    expect([res.status, res.headers.get('retry-after'), res.headers.get('content-type'), await res.json()]).toEqual([
      429,
      '3',
      'application/json',
      { detail: [] },
    ]);
    expect(mock.requests.map((r) => [r.status, r.fault])).toEqual([[429, 'status']]);
  });

  it('status: a string body is sent as text, no body as an empty one', async () => {
    const mock = serve();
    mock.use({ on: 'poll', nth: 1, fault: { type: 'status', status: 503, body: 'upstream busy' } });
    mock.use({ on: 'poll', nth: 2, fault: { type: 'status', status: 202 } });
    const text = await poll('x');
    expect([text.status, text.headers.get('content-type'), await text.text()]).toEqual([503, 'text/plain', 'upstream busy']);
    const empty = await poll('x');
    expect([empty.status, await empty.text()]).toEqual([202, '']);
  });

  it('html: a proxy error page, 502 by default', async () => {
    const mock = serve();
    mock.use({ on: 'any', times: 2, fault: { type: 'html' } });
    mock.use({ on: 'any', nth: 1, fault: { type: 'html', status: 504 } });
    const first = await submit('/recognize');
    expect([first.status, first.headers.get('content-type'), await first.text()]).toEqual([
      504,
      'text/html',
      expect.stringContaining('<title>504 Gateway Time-out</title>'),
    ]);
    const second = await poll('x');
    expect([second.status, await second.text()]).toEqual([502, expect.stringContaining('<h1>502 Bad Gateway</h1>')]);
  });

  it('empty: an empty body, 502 by default', async () => {
    const mock = serve();
    // Within one use() call the first rule that fires wins.
    mock.use({ on: 'poll', nth: 2, fault: { type: 'empty', status: 202 } }, { on: 'poll', times: 2, fault: { type: 'empty' } });
    expect(await poll('x').then(async (r) => [r.status, await r.text()])).toEqual([502, '']);
    expect(await poll('x').then(async (r) => [r.status, await r.text()])).toEqual([202, '']);
  });

  it('truncated: a 200 JSON body cut in the middle', async () => {
    const mock = serve({ pendingPolls: 0 });
    const id = await submitAsync();
    mock.use({ on: 'poll', nth: 1, fault: { type: 'truncated' } });
    const res = await poll(id);
    const text = await res.text();
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/json']);
    expect(JSON.stringify(fixtures.passportMain).startsWith(text)).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(mock.tasks[0]?.polls).toBe(0);
  });

  it('network: fetch rejects with a TypeError; recorded with status 0', async () => {
    const mock = serve();
    mock.use({ on: 'submit', fault: { type: 'network' } });
    await expect(submit('/recognize')).rejects.toThrow(TypeError);
    expect(mock.requests.map((r) => [r.status, r.fault, r.file?.size])).toEqual([[0, 'network', 10]]);
  });

  it('hang: no answer until the client aborts', async () => {
    const mock = serve();
    mock.use({ on: 'submit', fault: { type: 'hang' } });
    const controller = new AbortController();
    let settled = false;
    const pending = submit('/recognize', '', undefined, { signal: controller.signal }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(mock.requests.map((r) => [r.status, r.aborted])).toEqual([[0, true]]);
  });

  it('stall: headers arrive, the body never ends, and the read fails once the client aborts', async () => {
    const mock = serve();
    mock.use({ on: 'poll', fault: { type: 'stall' } });
    const controller = new AbortController();
    const res = await poll('x', '', { signal: controller.signal });
    expect(res.status).toBe(200);
    let settled = false;
    const body = res.text().finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    controller.abort();
    await expect(body).rejects.toMatchObject({ name: 'AbortError' });
    expect(mock.requests.map((r) => [r.status, r.fault])).toEqual([[200, 'stall']]);
  });

  it('delay: waits, then answers normally', async () => {
    const mock = serve({ pendingPolls: 0 });
    const id = await submitAsync();
    mock.use({ on: 'poll', fault: { type: 'delay', ms: 80 } });
    const started = performance.now();
    expect(await answer(poll(id))).toEqual({ status: 200, body: { ...fixtures.passportMain, task_id: id } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(mock.requests.at(-1)).toMatchObject({ status: 200, fault: 'delay' });
  });

  it('a replacing fault never reaches the task', async () => {
    const mock = serve({ pendingPolls: 1 });
    const id = await submitAsync();
    mock.use({ on: 'poll', nth: 1, fault: { type: 'status', status: 502 } });
    expect((await poll(id)).status).toBe(502);
    expect((await poll(id)).status).toBe(202);
    expect((await poll(id)).status).toBe(200);
    expect(mock.tasks[0]?.polls).toBe(2);
  });
});

describe('rule counting: nth and times', () => {
  const statuses = async (count: number) => {
    const seen: number[] = [];
    for (let i = 0; i < count; i += 1) seen.push((await poll('x')).status);
    return seen;
  };

  it('nth alone fires once, at that request', async () => {
    serve({ faults: [{ on: 'poll', nth: 2, fault: { type: 'status', status: 503 } }] });
    expect(await statuses(4)).toEqual([404, 503, 404, 404]);
  });

  it('nth with times fires for that many consecutive requests', async () => {
    serve({ faults: [{ on: 'poll', nth: 2, times: 2, fault: { type: 'status', status: 503 } }] });
    expect(await statuses(5)).toEqual([404, 503, 503, 404, 404]);
  });

  it('without nth fires for every request, or for the first `times`', async () => {
    serve({ faults: [{ on: 'poll', times: 2, fault: { type: 'status', status: 500 } }, { on: 'poll', fault: { type: 'status', status: 503 } }] });
    expect(await statuses(4)).toEqual([500, 500, 503, 503]);
  });

  it('counts only the requests a rule watches', async () => {
    const mock = serve({ faults: [{ on: 'submit', nth: 2, fault: { type: 'status', status: 500 } }] });
    expect([(await poll('x')).status, (await submit('/recognize')).status, (await poll('x')).status, (await submit('/classify')).status]).toEqual([
      404, 200, 404, 500,
    ]);
    mock.reset();
    mock.use({ on: 'any', nth: 3, fault: { type: 'status', status: 418 } });
    expect([(await poll('x')).status, (await submit('/recognize')).status, (await poll('x')).status]).toEqual([404, 200, 418]);
  });

  it('rules from use() count from when they were added and come first', async () => {
    const mock = serve({ faults: [{ on: 'poll', fault: { type: 'status', status: 500 } }] });
    expect(await statuses(2)).toEqual([500, 500]);
    mock.use({ on: 'poll', nth: 1, fault: { type: 'status', status: 503 } });
    expect(await statuses(2)).toEqual([503, 500]);
  });

  it('reset() drops the rules from use() and restarts the counters of `faults`', async () => {
    const mock = serve({ faults: [{ on: 'poll', nth: 2, fault: { type: 'status', status: 503 } }] });
    mock.use({ on: 'poll', fault: { type: 'status', status: 500 } });
    expect(await statuses(2)).toEqual([500, 500]);
    mock.reset();
    expect(await statuses(3)).toEqual([404, 503, 404]);
  });

  it('rejects an nth or times that is not a whole number from 1', () => {
    expect(() => createHandlMock({ faults: [{ on: 'poll', nth: 0, fault: { type: 'network' } }] })).toThrow(
      '[handl-rx] invalid fault rule — `nth` and `times` must be whole numbers from 1',
    );
    expect(() => createHandlMock().use({ on: 'poll', times: 1.5, fault: { type: 'network' } })).toThrow(RangeError);
  });
});
